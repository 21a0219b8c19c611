import { describe, expect, it } from 'vitest';
import { colorForHandle, initialsOf, PALETTE } from './colorForHandle.ts';

describe('colorForHandle', () => {
  it('is deterministic and ignores case and a leading @', () => {
    expect(colorForHandle('Ana')).toBe(colorForHandle('@ana'));
    expect(colorForHandle('ana')).toBe(colorForHandle('ana'));
  });

  it('always gives a #rrggbb colour from the palette', () => {
    for (const handle of ['', 'a', 'bob', 'carla-m', 'x'.repeat(40)]) {
      const color = colorForHandle(handle);
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect(PALETTE).toContain(color);
    }
  });

  it('spreads handles over the palette', () => {
    const colors = new Set(Array.from({ length: 60 }, (_, i) => colorForHandle(`person${i}`)));
    expect(colors.size).toBeGreaterThan(8);
  });
});

describe('initialsOf', () => {
  it('takes first and last initials, or the handle', () => {
    expect(initialsOf('Ana María López', 'ana')).toBe('AL');
    expect(initialsOf('', 'bob')).toBe('BO');
    expect(initialsOf('Zed', 'z')).toBe('ZE');
  });
});
