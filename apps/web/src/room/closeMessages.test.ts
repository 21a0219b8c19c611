import { CLOSE_CODES } from '@sprintboard/plan';
import { describe, expect, it } from 'vitest';
import { closeMessage } from './closeMessages.ts';

describe('closeMessage', () => {
  it('has its own message for every application close code', () => {
    const texts = Object.values(CLOSE_CODES).map((code) => closeMessage(code).text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).not.toMatch(/code \d+/);
  });

  it('stops retrying only where the user must act', () => {
    expect(closeMessage(CLOSE_CODES.unauthorized)).toMatchObject({ retry: false, action: 'login' });
    expect(closeMessage(CLOSE_CODES.clientTooOld)).toMatchObject({ retry: false, action: 'reload' });
    expect(closeMessage(CLOSE_CODES.forbidden).retry).toBe(false);
    expect(closeMessage(CLOSE_CODES.accessChanged).retry).toBe(true);
    expect(closeMessage(CLOSE_CODES.rateLimited).retry).toBe(true);
  });

  it('treats a dropped connection and unknown codes as temporary', () => {
    expect(closeMessage(1006).retry).toBe(true);
    expect(closeMessage(null).retry).toBe(true);
    expect(closeMessage(4999)).toMatchObject({ retry: true, text: expect.stringContaining('4999') });
  });
});
