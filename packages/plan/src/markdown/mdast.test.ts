import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './mdast.ts';
import { splitTopLevel } from './splitTopLevel.ts';
import { readExample } from './testHelpers.ts';

/** The tree of the whole source parsed at once, as parseMarkdown must reproduce it. */
function parsedWhole(source: string) {
  const extensions = gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] }));
  return fromMarkdown(source, { extensions: [gfm()], mdastExtensions: extensions });
}

/** Blocks that tempt a wrong cut: loose and tight lists, lazy lines, fences and comments with blank lines. */
const TRICKY = `- loose item

  still the item
- tight item
lazy line of the item
1) ordered
2) again

\`\`\`
fenced

- not a list
\`\`\`

<!-- a comment

- not a list either
-->

> quote
- after the quote

* star list
+ plus list
- dash list
2. not a new list: lazy text

Paragraph
- interrupting list

[ref]: https://example.com
`;

describe('parseMarkdown', () => {
  it('gives the same tree, positions included, as parsing the whole source at once', () => {
    for (const source of [
      `${readExample()}\n\n`.repeat(12),
      TRICKY.repeat(60),
      '- item\n  - nested\n'.repeat(1500),
    ]) {
      expect(splitTopLevel(source).length).toBeGreaterThan(1);
      const whole = parsedWhole(source);
      const pieces = parseMarkdown(source);
      expect(pieces.children).toEqual(whole.children);
    }
  });

  it('cuts a long list between items and joins the halves again', () => {
    const item = (n: number) => `${n}. item\n${' '.repeat(String(n).length + 2)}- nested`;
    const source = `${Array.from({ length: 1201 }, (_, i) => item(i + 1)).join('\n')}\n`;
    const chunks = splitTopLevel(source);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.slice(1).every((chunk) => chunk.continuesList)).toBe(true);
    const [list] = parseMarkdown(source).children;
    expect(list?.type === 'list' && [list.start, list.children.length]).toEqual([1, 1201]);
    expect(parseMarkdown(source).children).toEqual(parsedWhole(source).children);
  });
});
