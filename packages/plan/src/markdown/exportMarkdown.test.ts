import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  emptyPlanDocument,
  type PlanDocument,
  readPlanDocument,
  writePlanDocument,
} from '../PlanDocument.ts';
import { paragraph, plainText, type RichNode, text } from '../richText.ts';
import { planTemplate } from '../templates.ts';
import { toPlanView } from '../toPlanView.ts';
import { addGoal, addHeadline, addItem, addTeam, setSectionBlocks } from '../writes/planWrites.ts';
import { exportMarkdown } from './exportMarkdown.ts';
import { importMarkdown } from './importMarkdown.ts';
import { NOTE_MARKER } from './metaComment.ts';

function boardPlan(): PlanDocument {
  const doc = new Y.Doc();
  writePlanDocument(
    doc,
    planTemplate('Sprint 25 planning', { number: 25, startsOn: '2026-12-14', endsOn: '2026-12-25' }),
  );
  addHeadline(doc, { text: 'Self-serve export for every customer', fiftyFifty: true });
  addHeadline(doc, { text: 'Keep the lights on' });
  addGoal(doc, 'retroOutcomes', {
    title: 'Billing v2',
    owner: 'ana-souza',
    status: 'achieved',
    summary: 'Usage-based invoices',
    statements: [{ text: 'Invoices match the ledger', status: 'achieved' }],
  });
  addGoal(doc, 'proposedGoals', {
    title: 'Data export',
    summary: 'CSV and JSON',
    owner: 'ana-souza',
    collaborators: ['ana-souza', 'marek-b'],
    fiftyFifty: true,
    why: 'Three deals are blocked',
    statements: ['A 1 GB export takes under 10 minutes'],
    subGoals: [
      { text: 'Exports are resumable', owner: 'marek-b' },
      { text: 'Audit log entry', owner: null },
    ],
  });
  setSectionBlocks(doc, 'priorities', [
    {
      type: 'orderedList',
      content: [
        {
          type: 'listItem',
          content: [
            paragraph([text('Ask for compute '), text('early', [{ type: 'bold' }])]),
            {
              type: 'bulletList',
              content: [{ type: 'listItem', content: [paragraph([text('check quotas')])] }],
            },
          ],
        },
        { type: 'listItem', content: [paragraph([text('Say early when a goal is off track')])] },
      ],
    },
  ]);
  const search = addTeam(doc, 'Search');
  addItem(doc, search, 'hangOver', { text: 'Train model v3', decision: 'prioritised' });
  addItem(doc, search, 'hangOver', {
    text: 'Synonyms',
    decision: 'deprioritised',
    owner: 'li-wei',
    status: 'dropped',
  });
  addItem(doc, search, 'high', { text: 'Ship model v3', owner: 'tomasz-k' });
  addTeam(doc, 'Billing');
  return readPlanDocument(doc);
}

const EMPTY_TEAM = `#### Retro

-

#### Hang over items from previous sprint

-

#### Planning

##### High priority

-

##### Low priority / side quests

-`;

/** A plan whose priorities section holds the given blocks. */
function withPriorities(blocks: RichNode[]): PlanDocument {
  const plan = emptyPlanDocument('T');
  plan.sections.priorities.content = blocks;
  return plan;
}

/** The Markdown written for the blocks, between the priorities and proposed goals headings. */
function prioritiesMarkdown(blocks: RichNode[]): string {
  const markdown = exportMarkdown(withPriorities(blocks));
  const start = markdown.indexOf('### Sprint priorities\n\n') + '### Sprint priorities\n\n'.length;
  return markdown.slice(start, markdown.indexOf('\n\n### Plan: Proposed Goals'));
}

describe('exportMarkdown', () => {
  it('writes a board in the shape of the planning issue', () => {
    expect(
      exportMarkdown(boardPlan()),
    ).toBe(`<!-- sprintboard {"title":"Sprint 25 planning","sprint":{"number":25,"startsOn":"2026-12-14","endsOn":"2026-12-25"}} -->

## Global Sprint Planning

- Self-serve export for every customer (50:50)
- Keep the lights on

### Retro: Status of Outcomes from Previous Sprint

- ✅ **Billing v2** (Owner: @ana-souza) - Usage-based invoices
  - ✅ 🎯 Goal: Invoices match the ledger

### Retro: What can we do better next sprint?

### Sprint priorities

1. Ask for compute **early**
   - check quotas
2. Say early when a goal is off track

### Plan: Proposed Goals for Next Sprint

- **Data export** (Owner: @ana-souza) - CSV and JSON (50:50) (@ana-souza @marek-b)
  - (Owner: @marek-b): "Exports are resumable"
  - (No owner): "Audit log entry"
  - Why? Three deals are blocked
  - 🎯 Goal: A 1 GB export takes under 10 minutes

## Team sprint planning

---

### Team Search

#### Retro

-

#### Hang over items from previous sprint

- Train model v3 - prioritised
- ❌ Synonyms - deprioritised (Owner: @li-wei)

#### Planning

##### High priority

- Ship model v3 (Owner: @tomasz-k)

##### Low priority / side quests

-

---

### Team Billing

${EMPTY_TEAM}
`);
  });

  it('writes an empty plan as the bare template', () => {
    expect(exportMarkdown(emptyPlanDocument(''))).toBe(
      [
        '<!-- sprintboard {"title":"","sprint":{"number":null,"startsOn":null,"endsOn":null}} -->',
        '## Global Sprint Planning',
        '-',
        '### Retro: Status of Outcomes from Previous Sprint',
        '-',
        '### Retro: What can we do better next sprint?',
        '### Sprint priorities',
        '### Plan: Proposed Goals for Next Sprint',
        '-',
        '## Team sprint planning\n',
      ].join('\n\n'),
    );
  });

  it('keeps a title that contains "-->" inside the meta comment', () => {
    const plan = emptyPlanDocument('Q1 --> Q2 <b>');
    const markdown = exportMarkdown(plan);
    expect(markdown.split('\n')[0]).toBe(
      '<!-- sprintboard {"title":"Q1 \\u002d-\\u003e Q2 \\u003cb\\u003e","sprint":{"number":null,"startsOn":null,"endsOn":null}} -->',
    );
    expect(importMarkdown(markdown).plan.meta.title).toBe('Q1 --> Q2 <b>');
  });

  it('writes marks, mentions, links and hard breaks as GFM', () => {
    const link = { type: 'link', attrs: { href: 'https://example.com/a_(1)' } };
    expect(
      prioritiesMarkdown([
        paragraph([
          text('a '),
          text('b', [{ type: 'bold' }]),
          text(' '),
          text('c', [{ type: 'italic' }]),
          text(' '),
          text('d`e', [{ type: 'code' }]),
          text(' '),
          text('f', [{ type: 'strike' }]),
          text(' '),
          text('g', [{ type: 'underline' }]),
          text(' '),
          text('h', [link]),
          text(' '),
          { type: 'mention', attrs: { handle: 'ana-souza' } },
          { type: 'hardBreak' },
          text('next line'),
        ]),
      ]),
    ).toBe('a **b** _c_ ``d`e`` ~~f~~ <u>g</u> [h](https://example.com/a_\\(1\\)) @ana-souza\\\nnext line');
  });

  it('moves whitespace out of marks and falls back to HTML where delimiters would not parse', () => {
    expect(prioritiesMarkdown([paragraph([text('a'), text(' b ', [{ type: 'bold' }]), text('c')])])).toBe(
      'a **b** c',
    );
    expect(prioritiesMarkdown([paragraph([text('a'), text('b', [{ type: 'italic' }]), text('c')])])).toBe(
      'a*b*c',
    );
    expect(prioritiesMarkdown([paragraph([text('x'), text('"y"', [{ type: 'bold' }]), text('z')])])).toBe(
      'x<strong>"y"</strong>z',
    );
  });

  it('escapes text that Markdown would read as syntax', () => {
    const lines = [
      '*not bold* _not italic_ `not code` [not](a link) <b>no html</b> ~~no~~ a|b \\ &amp; snake_case',
      '# not a heading',
      '- not a list',
      '12. not a list',
      '> not a quote',
      '  two leading spaces',
      'mail ana@example.com, see www.example.com or https://example.com/x',
    ];
    expect(prioritiesMarkdown(lines.map((line) => paragraph([text(line)]))).split('\n\n')).toEqual([
      '\\*not bold\\* \\_not italic\\_ \\`not code\\` \\[not\\](a link) \\<b>no html\\</b> \\~\\~no\\~\\~ a\\|b \\\\ \\&amp; snake_case',
      '\\# not a heading',
      '\\- not a list',
      '12\\. not a list',
      '\\> not a quote',
      '&#32;&#32;two leading spaces',
      'mail ana\\@example.com, see www\\.example.com or https\\://example.com/x',
    ]);
  });

  it('escapes text that would be read back as an owner, a 50:50 flag, a decision or a placeholder', () => {
    const plan = boardPlan();
    const doc = new Y.Doc();
    writePlanDocument(doc, plan);
    addHeadline(doc, { text: 'Pizza (50:50) night' });
    addGoal(doc, 'proposedGoals', { title: 'T', summary: 'pair with (@li) (Owner: @bo)' });
    const team = addTeam(doc, 'Docs');
    addItem(doc, team, 'high', { text: 'Item 2. prioritised/deprioritised' });
    addItem(doc, team, 'high', { text: '✅ done - prioritised' });
    const markdown = exportMarkdown(readPlanDocument(doc));
    expect(markdown).toContain('- Pizza \\(50:50) night\n');
    // Plain '@' is escaped too: only mention nodes are written as mentions.
    expect(markdown).toContain('- **T** - pair with \\(\\@li) \\(Owner: \\@bo)\n');
    expect(markdown).toContain('- &#73;tem 2. prioritised/deprioritised\n- &#9989; done \\- prioritised\n');
    const read = toPlanView(importMarkdown(markdown).plan);
    expect(read.headlineGoals.at(-1)).toMatchObject({ text: 'Pizza (50:50) night', fiftyFifty: false });
    expect(read.proposedGoals.at(-1)).toMatchObject({
      summary: 'pair with (@li) (Owner: @bo)',
      owner: null,
      collaborators: [],
    });
    expect(read.teams.at(-1)?.high.map((i) => [i.text, i.status, i.decision])).toEqual([
      ['Item 2. prioritised/deprioritised', null, null],
      ['✅ done - prioritised', null, null],
    ]);
  });

  it('marks free lists among typed entries as notes and escapes headings that look like sections', () => {
    const plan = emptyPlanDocument('T');
    plan.sections.headline.content = [
      { type: 'headline', attrs: { fiftyFifty: false }, content: [text('Ship')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph([text('a note')])] }] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Team Search')] },
      { type: 'horizontalRule' },
    ];
    const markdown = exportMarkdown(plan);
    expect(markdown).toContain(
      `- Ship\n\n${NOTE_MARKER}\n\n* a note\n\n### &#84;eam Search\n\n***\n\n### Retro`,
    );
    expect(toPlanView(importMarkdown(markdown).plan).headlineGoals.map((h) => h.text)).toEqual(['Ship']);
  });

  it('fences code with a longer fence than any inside it', () => {
    const code = {
      type: 'codeBlock',
      attrs: { language: 'ts' },
      content: [text('const a = "```";\n\n# not heading')],
    };
    expect(prioritiesMarkdown([code])).toBe('````ts\nconst a = "```";\n\n# not heading\n````');
    expect(plainText(importMarkdown(exportMarkdown(withPriorities([code]))).plan.sections.priorities)).toBe(
      'const a = "```";\n\n# not heading',
    );
  });
});
