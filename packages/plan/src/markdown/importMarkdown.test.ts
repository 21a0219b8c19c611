import { describe, expect, it } from 'vitest';
import { plainText, type RichNode } from '../richText.ts';
import { toPlanView } from '../toPlanView.ts';
import { importMarkdown, MAX_MARKDOWN_BYTES } from './importMarkdown.ts';
import { MarkdownImportError } from './MarkdownImportError.ts';
import { allIds, nodesOfType, readExample, schemaErrors, withoutIds } from './testHelpers.ts';

const example = () => importMarkdown(readExample());
const view = (markdown: string) => toPlanView(importMarkdown(markdown).plan);
const findings = (markdown: string) => importMarkdown(markdown).report.findings;
const text = (nodes: RichNode[]) => nodes.map(plainText).join('\n');

describe('the example planning issue', () => {
  it('imports the headline goals, the second a 50:50 moonshot', () => {
    const { headlineGoals } = toPlanView(example().plan);
    expect(headlineGoals.map((h) => [h.text, h.fiftyFifty])).toEqual([
      ['Keep one huge headline goal per sprint that we only have even odds of hitting (50:50)', false],
      ['Headline: every customer can self-serve an export of their data by the end of the sprint', true],
    ]);
  });

  it('imports the retro outcomes with owners, statuses, 🎯 statements and status notes', () => {
    const { retroOutcomes } = toPlanView(example().plan);
    expect(retroOutcomes.map((g) => [g.title, g.owner, g.status])).toEqual([
      ['Billing v2', 'ana-souza', 'achieved'],
      ['Search relevance', 'tomasz-k', 'carried'],
      ['Mobile offline mode', 'li-wei', 'dropped'],
    ]);
    expect(retroOutcomes[0]?.summary).toBe(
      'Usage-based invoices generated for all new accounts behind a flag',
    );
    expect(retroOutcomes[1]?.statements).toEqual([
      {
        id: expect.any(String),
        text: 'Offline evaluation set with 500 labelled queries exists',
        status: 'achieved',
      },
      {
        id: expect.any(String),
        text: 'Click-through on the first result improves by 10% for internal users',
        status: 'carried',
      },
    ]);
    expect(retroOutcomes[0]?.statements.map((s) => [s.text, s.status])).toEqual([
      ['Invoices for 100% of new accounts match the usage ledger to the cent', null],
    ]);
    expect(retroOutcomes.map((g) => g.statusNotes[0]?.slice(0, 25))).toEqual([
      'Shipped on Wednesday. Two',
      'Evaluation set done. Mode',
      'Dropped after the design ',
    ]);
    expect(retroOutcomes.every((g) => g.extra.length === 0)).toBe(true);
  });

  it('keeps the italic of a statement and the mentions of the discussion', () => {
    const { plan } = example();
    const statement = nodesOfType(plan.sections.retroOutcomes, 'statement')[0];
    expect(statement?.content?.[0]?.marks).toEqual([{ type: 'italic' }]);
    const discussion = plan.sections.retroDiscussion.content ?? [];
    expect(discussion.map((block) => block.type)).toEqual(['paragraph', 'bulletList']);
    expect(nodesOfType(discussion, 'mention').map((m) => m.attrs?.handle)).toEqual(['tomasz-k', 'grace-o']);
    expect(discussion[1]?.content).toHaveLength(3);
    expect(plainText(discussion[1])).toContain('schedule it in week one.');
  });

  it('imports the priorities as a numbered list with a nested list', () => {
    const priorities = example().plan.sections.priorities.content ?? [];
    expect(priorities.map((block) => block.type)).toEqual(['orderedList']);
    const [first, second] = priorities[0]?.content ?? [];
    expect(first?.content?.map((block) => block.type)).toEqual(['paragraph', 'bulletList']);
    expect(first?.content?.[1]?.content).toHaveLength(2);
    expect(plainText(second)).toBe('The owner should say early when a goal is off track and ask for help.');
    expect(nodesOfType(priorities, 'mention').map((m) => m.attrs?.handle)).toEqual(['grace-o']);
  });

  it('imports the proposed goals with owners, 50:50, collaborators, sub-goals, Why? and 🎯', () => {
    const { proposedGoals, notes } = toPlanView(example().plan);
    expect(proposedGoals.map((g) => [g.title, g.owner, g.fiftyFifty, g.collaborators])).toEqual([
      ['Self-serve data export', 'ana-souza', true, ['ana-souza', 'marek-b']],
      ['Search relevance', 'tomasz-k', false, ['tomasz-k', 'li-wei']],
      ['Billing reliability', 'marek-b', false, []],
    ]);
    expect(proposedGoals[0]?.summary).toBe('Any admin can export all workspace data as CSV and JSON');
    expect(proposedGoals.map((g) => g.why.slice(0, 30))).toEqual([
      'Three enterprise deals are blo',
      'Carried over; the evaluation s',
      'A retried job sent duplicate i',
    ]);
    expect(proposedGoals.map((g) => g.statements.map((s) => [s.text, s.status]))).toEqual([
      [['An export of a 1 GB workspace finishes in under 10 minutes', null]],
      [['Click-through on the first result improves by 10% for all users', null]],
      [['Zero duplicate invoices in a week of chaos testing', null]],
    ]);
    expect(proposedGoals[2]?.subGoals.map((s) => [s.owner, s.text])).toEqual([
      ['marek-b', 'Invoices are idempotent when the job is retried'],
      ['ana-souza', 'Usage events can arrive up to 48 hours late'],
    ]);
    expect(text(notes.proposedGoals)).toBe(
      'Each goal should have a single owner. Owner can only be an engineer.',
    );
  });

  it('imports the Search and Billing teams with their items, and leaves out the empty template', () => {
    const { teams } = toPlanView(example().plan);
    expect(teams.map((t) => t.name)).toEqual(['Search', 'Billing']);
    const [search, billing] = teams;
    expect(text(search?.retro ?? [])).toBe(
      'Went well: evaluation tooling. Did not go well: compute planning. Action: quota check on day one.',
    );
    expect(search?.hangOver.map((i) => [i.text, i.decision, i.owner])).toEqual([
      ['Train ranking model v3', 'prioritised', null],
      ['Synonym dictionary for product names', 'deprioritised', null],
    ]);
    expect(search?.high.map((i) => [i.text, i.owner])).toEqual([
      ['Ship ranking model v3 to 100% of users', 'tomasz-k'],
      ['Dashboards for click-through per query class', 'li-wei'],
    ]);
    expect(search?.low.map((i) => [i.text, i.owner])).toEqual([['Spell-correction experiment', 'tomasz-k']]);
    expect(billing?.hangOver.map((i) => [i.text, i.decision])).toEqual([
      ['Proration for mid-cycle plan changes', 'prioritised'],
    ]);
    expect(billing?.high.map((i) => i.owner)).toEqual(['marek-b', 'ana-souza']);
    expect(billing?.low.map((i) => [i.text, i.owner])).toEqual([
      ['Remove the legacy PDF renderer', 'marek-b'],
    ]);
    expect(teams.every((t) => Object.values(t.notes).every((notes) => notes.length === 0))).toBe(true);
  });

  it('reports exactly the note, the template hints and the skipped template team', () => {
    expect(example().report.findings.map((f) => [f.kind, f.section, f.line, f.text])).toEqual([
      [
        'unrecognised',
        'Plan: Proposed Goals for Next Sprint',
        36,
        'Each goal should have a single owner. Owner can only be an engineer.',
      ],
      [
        'skipped',
        'Team sprint planning',
        52,
        'For your team sprint planning copy this template into a comment below for each team.',
      ],
      [
        'skipped',
        'Team ___ › Hang over items from previous sprint',
        111,
        '- Item 1. prioritised/deprioritise',
      ],
      ['skipped', 'Team ___', 103, '### Team ___'],
    ]);
  });

  it('reads the same plan from Windows line endings and a byte-order mark', () => {
    const windows = importMarkdown(`\uFEFF${readExample().replace(/\n/g, '\r\n')}`);
    expect(withoutIds(toPlanView(windows.plan))).toEqual(withoutIds(toPlanView(example().plan)));
    expect(windows.report.findings).toEqual(example().report.findings);
  });

  it('produces schema-valid content with a fresh, unique id on every typed node', () => {
    const first = example().plan;
    expect(schemaErrors(first)).toEqual([]);
    const ids = allIds(first);
    // Headlines, retro goals and statements, proposed goals, statements and sub-goals, items.
    expect(ids.length).toBe(2 + 3 + 4 + 3 + 3 + 2 + 9);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allIds(example().plan).some((id) => ids.includes(id))).toBe(false);
  });
});

describe('title and sprint', () => {
  const meta =
    '<!-- sprintboard {"title":"Sprint 24 planning","sprint":{"number":24,"startsOn":"2026-11-30","endsOn":"2026-12-11"}} -->';

  it('takes title and sprint from the meta comment, and keeps the comment out of the plan', () => {
    const { plan, report } = importMarkdown(`${meta}\n\n## Sprint priorities\n\n1. Ship\n`);
    expect(plan.meta.title).toBe('Sprint 24 planning');
    expect(plan.meta.sprint).toEqual({ number: 24, startsOn: '2026-11-30', endsOn: '2026-12-11' });
    expect(report.findings).toEqual([]);
  });

  it('prefers options.title, then the meta title, then a top-level heading, then a default', () => {
    const body = '## Sprint priorities\n\n1. Ship\n';
    expect(importMarkdown(`${meta}\n\n# Heading\n\n${body}`, { title: ' Chosen ' }).plan.meta.title).toBe(
      'Chosen',
    );
    expect(importMarkdown(`${meta}\n\n# Heading\n\n${body}`).plan.meta.title).toBe('Sprint 24 planning');
    expect(importMarkdown(`# Sprint 25 planning\n\n${body}`).plan.meta.title).toBe('Sprint 25 planning');
    expect(importMarkdown(body).plan.meta.title).toBe('Imported plan');
  });

  it('repairs a broken meta comment instead of failing', () => {
    const bad = importMarkdown('<!-- sprintboard {"title": -->\n\n## Sprint priorities\n\nx\n');
    expect(bad.plan.meta.title).toBe('Imported plan');
    expect(bad.report.findings.map((f) => [f.kind, f.line])).toEqual([['repaired', 1]]);
    const partly = importMarkdown(
      '<!-- sprintboard {"title":"T","sprint":{"number":2.5,"startsOn":"soon"}} -->\n',
    );
    expect(partly.plan.meta).toMatchObject({
      title: 'T',
      sprint: { number: null, startsOn: null, endsOn: null },
    });
    expect(partly.report.findings.filter((f) => f.kind === 'repaired')).toHaveLength(2);
  });
});

describe('messy input', () => {
  const goals = (lines: string) =>
    view(`### Plan: Proposed Goals for Next Sprint\n\n${lines}\n`).proposedGoals;

  it('reads owners written with stray spaces, without a colon, @ or closing parenthesis', () => {
    const read = goals(
      [
        '- **A** ( Owner: @ana )',
        '- **B** (Owner: @bo ) - summary',
        '- **C** (owner @cy)',
        '- **D** - summary (Owner:@dee)',
        '- **E** (Owner: ed)',
        '- **F** (Owner: @fay',
      ].join('\n'),
    );
    expect(read.map((g) => [g.title, g.owner, g.summary])).toEqual([
      ['A', 'ana', ''],
      ['B', 'bo', 'summary'],
      ['C', 'cy', ''],
      ['D', 'dee', 'summary'],
      ['E', 'ed', ''],
      ['F', 'fay', ''],
    ]);
  });

  it('keeps one owner when several are named, and reports it', () => {
    const markdown = '### Plan: Proposed Goals for Next Sprint\n\n- **A** (Owners: @ana @bo)\n';
    expect(view(markdown).proposedGoals[0]).toMatchObject({ owner: 'ana', collaborators: ['bo'] });
    expect(findings(markdown).map((f) => [f.kind, f.message])).toEqual([
      ['repaired', 'More than one owner: @ana kept as the owner, @bo not.'],
    ]);
  });

  it('reads 🎯 statements and statuses with or without spaces, and GitHub shortcodes', () => {
    const [goal] = goals(
      [
        '- :repeat: **A** (Owner: @ana)',
        '  - 🎯Goal:no space',
        '  - ✅🎯Goal: status glued on',
        '  - 🎯 ❌ Goal: status after the target',
        '  - ✅️ 🎯 Goal: variation selector',
        '  - :white_check_mark: :dart: Goal: shortcodes',
        '  - Why:because',
        '  - status: lower case',
      ].join('\n'),
    );
    expect(goal?.status).toBe('carried');
    expect(goal?.statements.map((s) => [s.text, s.status])).toEqual([
      ['no space', null],
      ['status glued on', 'achieved'],
      ['status after the target', 'dropped'],
      ['variation selector', 'achieved'],
      ['shortcodes', 'achieved'],
    ]);
    expect([goal?.why, goal?.statusNotes]).toEqual(['because', ['lower case']]);
  });

  it('leaves HTML comments out of the plan and reports them with their text', () => {
    const markdown =
      '## Sprint priorities\n\n<!-- write your priorities here -->\n\n1. Ship <!-- inline hint --> it\n';
    const { plan, report } = importMarkdown(markdown);
    expect(text(plan.sections.priorities.content ?? [])).toBe('Ship  it');
    expect(report.findings.map((f) => [f.kind, f.line, f.text])).toEqual([
      ['skipped', 3, '<!-- write your priorities here -->'],
      ['skipped', 5, '<!-- inline hint -->'],
    ]);
  });

  it('recognises section headings at any level and in any case', () => {
    const read = view(
      [
        '# global sprint planning',
        '- Moonshot (50:50)',
        '###### PLAN: proposed goals for next sprint',
        '- **G** (Owner: @ana)',
        '# Team sprint planning',
        '## team Search',
        '# HIGH PRIORITY',
        '- Item (Owner: @li)',
      ].join('\n\n'),
    );
    expect(read.headlineGoals.map((h) => [h.text, h.fiftyFifty])).toEqual([['Moonshot', true]]);
    expect(read.proposedGoals.map((g) => g.title)).toEqual(['G']);
    expect(read.teams.map((t) => [t.name, t.high.map((i) => i.owner)])).toEqual([['Search', ['li']]]);
  });

  it('keeps unknown sections, paragraphs and non-goal lines as text in the nearest section, and reports them', () => {
    const markdown = [
      '### Plan: Proposed Goals for Next Sprint',
      '- **G** (Owner: @ana)',
      '## Risks',
      'The GPU quota may run out again.',
      '- just a thought',
      '- **H** (Owner: @bo)',
    ].join('\n\n');
    const { plan, report } = importMarkdown(markdown);
    const read = toPlanView(plan);
    expect(read.proposedGoals.map((g) => g.title)).toEqual(['G', 'H']);
    expect(read.notes.proposedGoals.map((n) => [n.type, plainText(n)])).toEqual([
      ['heading', 'Risks'],
      ['paragraph', 'The GPU quota may run out again.'],
      ['bulletList', 'just a thought'],
    ]);
    expect(report.findings.map((f) => [f.kind, f.line])).toEqual([
      ['unrecognised', 5],
      ['unrecognised', 7],
      ['unrecognised', 9],
    ]);
  });

  it('imports empty input as an empty plan with a finding', () => {
    for (const markdown of ['', ' \n\n\t\n']) {
      const { plan, report } = importMarkdown(markdown);
      expect(toPlanView(plan)).toMatchObject({
        title: 'Imported plan',
        headlineGoals: [],
        proposedGoals: [],
        teams: [],
      });
      expect(report.findings.map((f) => f.kind)).toEqual(['skipped']);
      expect(schemaErrors(plan)).toEqual([]);
    }
  });

  it('refuses binary input with a clear error, and strips stray control characters with a report', () => {
    const binary = () =>
      importMarkdown('## Sprint priorities\n\n\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
    expect(binary).toThrow(MarkdownImportError);
    expect(binary).toThrow(/binary data \(a NUL byte on line 5\)/);
    try {
      binary();
    } catch (error) {
      expect(error instanceof MarkdownImportError && error.code).toBe('markdown-binary');
    }
    const { plan, report } = importMarkdown('## Sprint priorities\n\nShip\u0007 it\u001b\n');
    expect(text(plan.sections.priorities.content ?? [])).toBe('Ship it');
    expect(report.findings.map((f) => [f.kind, f.line])).toEqual([['repaired', 3]]);
  });

  it('refuses more than 4 MiB, counted in UTF-8 bytes', () => {
    expect(MAX_MARKDOWN_BYTES).toBe(4 * 1024 * 1024);
    expect(() => importMarkdown('a'.repeat(5_000_000))).toThrow(/at most 4 MiB/);
    // Fewer characters than the limit, but two bytes each.
    const wide = () => importMarkdown('é'.repeat(MAX_MARKDOWN_BYTES / 2 + 1));
    expect(wide).toThrow(expect.objectContaining({ code: 'markdown-too-large' }));
  });

  it('reads what it can of unterminated lists and unclosed markup', () => {
    const markdown = [
      '### Plan: Proposed Goals for Next Sprint',
      '',
      '- **Goal A** (Owner: @ana',
      '  - 🎯 Goal: something measurable',
      '  -',
      '- **Goal B',
    ].join('\n');
    expect(
      goals(markdown.split('\n').slice(2).join('\n')).map((g) => [g.title, g.owner, g.statements.length]),
    ).toEqual([
      ['Goal A', 'ana', 1],
      ['Goal B', null, 0],
    ]);
    expect(findings(markdown).map((f) => [f.kind, f.line, f.message])).toEqual([
      ['repaired', 3, 'The owner marker had no closing parenthesis.'],
      ['unrecognised', 5, 'Kept as free text inside the goal.'],
      ['repaired', 6, 'The bold goal title was not closed.'],
    ]);
  });

  it('files sections that come out of order under their own heading and reports it', () => {
    const markdown = [
      '## Team sprint planning',
      '### Team Search',
      '#### High priority',
      '- Ship (Owner: @li)',
      '### Sprint priorities',
      '1. Focus',
      '## Global Sprint Planning',
      '- Moonshot (50:50)',
      '### Sprint priorities',
      '2. Again',
    ].join('\n\n');
    const { plan, report } = importMarkdown(markdown);
    const read = toPlanView(plan);
    expect(read.teams.map((t) => [t.name, t.high.map((i) => i.text)])).toEqual([['Search', ['Ship']]]);
    expect(read.headlineGoals.map((h) => h.text)).toEqual(['Moonshot']);
    expect(text(plan.sections.priorities.content ?? [])).toBe('Focus\nAgain');
    expect(report.findings.map((f) => [f.kind, f.line])).toEqual([
      ['repaired', 9],
      ['repaired', 13],
      ['repaired', 17],
    ]);
  });

  it('reads items with trailing (@x) owners, decision variants and statuses', () => {
    const markdown = [
      '### Team Search',
      '#### Hang over items from previous sprint',
      [
        '- Train v3 (deprioritised)',
        '- Synonyms – prioritized',
        '- 🔁 Dashboards - Prioritised (Owner: @li)',
        '- Make sure it is prioritised',
      ].join('\n'),
      '#### High priority',
      '- Ship v3 (@tomasz-k)',
    ].join('\n\n');
    const [team] = view(markdown).teams;
    expect(team?.hangOver.map((i) => [i.text, i.decision, i.owner, i.status])).toEqual([
      ['Train v3', 'deprioritised', null, null],
      ['Synonyms', 'prioritised', null, null],
      ['Dashboards', 'prioritised', 'li', 'carried'],
      ['Make sure it is prioritised', null, null, null],
    ]);
    expect(team?.high.map((i) => [i.text, i.owner])).toEqual([['Ship v3', 'tomasz-k']]);
    expect(findings(markdown).map((f) => [f.kind, f.message])).toEqual([
      ['repaired', '"(@tomasz-k)" read as the owner.'],
    ]);
  });

  it('keeps text before a team part heading, under Planning, and the template placeholder out of real teams', () => {
    const markdown = [
      '### Team Search',
      'We lost a week to on-call.',
      '#### Planning',
      '- Ship v3 (Owner: @li)',
      '#### Hang over items',
      '- Item 1. prioritised/deprioritise',
      '#### Low priority',
      'Only if time allows:',
    ].join('\n\n');
    const { plan, report } = importMarkdown(markdown);
    const [team] = toPlanView(plan).teams;
    expect(text(team?.retro ?? [])).toBe('We lost a week to on-call.');
    expect(team?.high.map((i) => i.text)).toEqual(['Ship v3']);
    expect(team?.hangOver).toEqual([]);
    expect(text(team?.notes.low ?? [])).toBe('Only if time allows:');
    expect(report.findings.map((f) => [f.kind, f.section, f.line])).toEqual([
      ['repaired', 'Team Search', 3],
      ['repaired', 'Team Search › Planning', 7],
      ['skipped', 'Team Search › Hang over items from previous sprint', 11],
      ['unrecognised', 'Team Search › Low priority / side quests', 15],
    ]);
  });

  it('makes @handles in free text mentions, but not e-mail addresses, escaped @ or code', () => {
    const { plan } = importMarkdown(
      '## Sprint priorities\n\nAsk @ana-souza, mail bo@example.com, \\@not-me, `@code` (@li.wei).\n',
    );
    const content = plan.sections.priorities.content ?? [];
    expect(nodesOfType(content, 'mention').map((m) => m.attrs?.handle)).toEqual(['ana-souza', 'li.wei']);
    expect(plainText(content[0])).toBe('Ask @ana-souza, mail bo@example.com, @not-me, @code (@li.wei).');
  });

  it('maps bold, italic, code, strike, links and <u> to marks, and drops unsafe links', () => {
    const markdown =
      '## Sprint priorities\n\n**b** _i_ `c` ~~s~~ [l](https://x.io "t") <u>u</u> [ref][r] [bad](javascript:alert(1)) ![alt](https://x.io/p.png)\n\n[r]: https://r.io\n';
    const { plan, report } = importMarkdown(markdown);
    const marks = (plan.sections.priorities.content?.[0]?.content ?? [])
      .filter((node) => node.text?.trim())
      .map((node) => [
        node.text,
        (node.marks ?? []).map((m) => (m.type === 'link' ? `link ${String(m.attrs?.href)}` : m.type)),
      ]);
    expect(marks).toEqual([
      ['b', ['bold']],
      ['i', ['italic']],
      ['c', ['code']],
      ['s', ['strike']],
      ['l', ['link https://x.io']],
      ['u', ['underline']],
      ['ref', ['link https://r.io']],
      [' bad ', []],
      ['alt', ['link https://x.io/p.png']],
    ]);
    expect(report.findings.map((f) => [f.kind, f.message])).toEqual([
      ['repaired', 'Link with a javascript: address kept as text without the link.'],
      ['repaired', 'Image kept as a link: the board does not show images.'],
    ]);
  });

  it('keeps tables, task lists and raw HTML as text, and reports them', () => {
    const markdown =
      '## Sprint priorities\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n<details>open me</details>\n';
    const { plan, report } = importMarkdown(markdown);
    expect(text(plan.sections.priorities.content ?? [])).toBe(
      'a | b\n1 | 2\n[x] done\n<details>open me</details>',
    );
    expect(report.findings.map((f) => [f.kind, f.line])).toEqual([
      ['unrecognised', 3],
      ['repaired', 7],
      ['unrecognised', 9],
    ]);
  });

  it('tames nesting too deep to parse quickly, keeping the text', () => {
    const started = Date.now();
    const { plan, report } = importMarkdown(
      `## Sprint priorities\n\n${'> '.repeat(5000)}deep\n\n${'- '.repeat(5000)}list\n`,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(plainText(plan.sections.priorities)).toContain('deep');
    expect(plainText(plan.sections.priorities)).toContain('list');
    expect(report.findings.map((f) => [f.kind, f.line])).toEqual([
      ['repaired', 3],
      ['repaired', 5],
    ]);
  });

  it('parses a long issue of many small lists in linear time', () => {
    const blocks = Array.from({ length: 3000 }, (_, i) => `- point ${i}\n\nparagraph ${i}`).join('\n\n');
    const started = Date.now();
    const { plan } = importMarkdown(
      `## Sprint priorities\n\n${blocks}\n\n[ref]: https://r.io\n\nsee [ref]\n`,
    );
    // Parsed as one piece this takes minutes; in pieces, well under a second on a laptop.
    expect(Date.now() - started).toBeLessThan(15_000);
    const content = plan.sections.priorities.content ?? [];
    expect(content).toHaveLength(6001);
    expect(plainText(content[5999])).toBe('paragraph 2999');
    expect(content.at(-1)?.content?.[1]?.marks).toEqual([
      { type: 'link', attrs: expect.objectContaining({ href: 'https://r.io' }) },
    ]);
  }, 60_000);

  it('reads a list of thousands of goals in about linear time', () => {
    const goals = Array.from(
      { length: 3000 },
      (_, i) => `- **Goal ${i}** (Owner: @ana)\n  - 🎯 Goal: number ${i}`,
    );
    const started = Date.now();
    const read = view(`### Plan: Proposed Goals for Next Sprint\n\n${goals.join('\n')}\n`).proposedGoals;
    // Parsed as one piece this takes about a minute.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(read).toHaveLength(3000);
    expect(read.at(-1)).toMatchObject({ title: 'Goal 2999', statements: [{ text: 'number 2999' }] });
  }, 60_000);
});
