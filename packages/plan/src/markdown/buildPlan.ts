import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from '../layout.ts';
import type { TeamDocument } from '../PlanDocument.ts';
import type { RichNode } from '../richText.ts';
import { append } from './append.ts';
import { classifyHeading, type HeadingRole } from './classifyHeading.ts';
import { TEMPLATE_HINT } from './conventions.ts';
import type { ImportContext } from './ImportContext.ts';
import type { MdNode, MdOf, MdRoot } from './mdast.ts';
import { isNoteMarker, type ReadMeta, readMetaComment } from './metaComment.ts';
import { flatText, phrasingToLine } from './phrasingToLine.ts';
import { TeamBuilder } from './TeamBuilder.ts';
import { listToRich, toRichBlocks } from './toRichBlocks.ts';
import { goalFromListItem, headlineFromListItem, isEmptyItem, looksLikeGoal } from './typedNodes.ts';

/** What the walk over the document found, before titles are decided and nodes checked. */
export interface BuiltPlan {
  sections: Record<SectionKey, RichNode[]>;
  teams: TeamDocument[];
  meta: ReadMeta | null;
  /** Text of a leading top-level "# " heading that is no section. */
  heading: string | null;
}

type Where =
  | { kind: 'preamble' }
  | { kind: 'section'; key: SectionKey }
  | { kind: 'teamsIntro' }
  | { kind: 'team' };

/** Sections of free rich text, with no typed entries. */
const FREE_SECTIONS: ReadonlySet<SectionKey> = new Set(['retroDiscussion', 'priorities']);

/** Sections in the order the template has them; 'teams' last. */
const ORDER: ReadonlyArray<SectionKey | 'teams'> = [...SECTION_KEYS, 'teams'];

/**
 * Walks the top-level blocks once, like a reader of the issue: headings (at
 * any level) switch the section, team or team part; lists in typed places
 * become headline goals, goals and items; everything else is kept as rich
 * text where it stands, and reported.
 */
export function buildPlan(root: MdRoot, ctx: ImportContext): BuiltPlan {
  return new PlanWalk(ctx).run(root.children);
}

class PlanWalk {
  private readonly sections = Object.fromEntries(
    SECTION_KEYS.map((key) => [key, [] as RichNode[]]),
  ) as Record<SectionKey, RichNode[]>;
  private readonly teams: TeamDocument[] = [];
  private where: Where = { kind: 'preamble' };
  private team: TeamBuilder | null = null;
  private readonly seen = new Set<SectionKey | 'teams'>();
  private furthest = -1;
  private noteNext = false;
  private meta: ReadMeta | null = null;
  private heading: string | null = null;
  private structured = false;

  private readonly ctx: ImportContext;

  constructor(ctx: ImportContext) {
    this.ctx = ctx;
  }

  run(nodes: MdNode[]): BuiltPlan {
    nodes.forEach((node, index) => {
      const asNote = this.noteNext;
      this.noteNext = false;
      if (node.type === 'html') this.html(node, asNote);
      else if (node.type === 'heading') this.headingNode(node);
      else if (node.type === 'thematicBreak' && this.isTeamSeparator(node, nodes[index + 1])) return;
      else this.block(node, asNote);
    });
    this.finishTeam();
    if (!this.structured && nodes.some((node) => node.type !== 'html')) {
      this.ctx.section = 'Document';
      this.ctx.report(
        'unrecognised',
        1,
        'No sprint plan sections were found: all text was kept as notes in the first section.',
      );
    }
    return { sections: this.sections, teams: this.teams, meta: this.meta, heading: this.heading };
  }

  private html(node: MdOf<'html'>, asNote: boolean): void {
    const meta = readMetaComment(node.value);
    if (meta) {
      if (this.meta) this.ctx.report('skipped', node, 'A second sprintboard comment was ignored.');
      else {
        this.meta = meta;
        for (const problem of meta.problems) this.ctx.report('repaired', node, problem);
      }
    } else if (isNoteMarker(node.value)) this.noteNext = true;
    else this.block(node, asNote);
  }

  private headingNode(node: MdOf<'heading'>): void {
    const line = this.ctx.quietly(() => phrasingToLine(node.children, this.ctx));
    const role = classifyHeading(line.masked, line.text, this.team !== null);
    if (role) {
      this.structured = true;
      this.enter(role, node);
      return;
    }
    if (node.depth === 1 && this.heading === null && this.where.kind === 'preamble' && !line.isBlank) {
      this.heading = line.text.trim();
      return;
    }
    // Where free text belongs (the retro discussion grouped by topic, a team's retro) a heading is just text.
    const free =
      (this.where.kind === 'section' && FREE_SECTIONS.has(this.where.key)) ||
      (this.where.kind === 'team' && this.team?.inRetro === true);
    if (!free) this.ctx.report('unrecognised', node, 'Unknown heading: kept as text where it stands.');
    this.block(node, true);
  }

  private enter(role: HeadingRole, node: MdNode): void {
    if (role.kind === 'part') {
      this.team?.startPart(role.part, node, this.ctx);
      return;
    }
    this.finishTeam();
    if (role.kind === 'team') {
      this.team = new TeamBuilder(role.name, node);
      this.where = { kind: 'team' };
      this.ctx.section = this.team.label;
      this.checkOrder('teams', node, false);
      return;
    }
    const key = role.kind === 'teams' ? 'teams' : role.key;
    this.where = role.kind === 'teams' ? { kind: 'teamsIntro' } : { kind: 'section', key: role.key };
    this.ctx.section = SECTION_TITLES[key];
    this.checkOrder(key, node, true);
  }

  private checkOrder(key: SectionKey | 'teams', node: MdNode, once: boolean): void {
    const index = ORDER.indexOf(key);
    if (once && this.seen.has(key)) {
      this.ctx.report(
        'repaired',
        node,
        'This section appears twice: what follows was added to the first one.',
      );
    } else if (index < this.furthest) {
      this.ctx.report(
        'repaired',
        node,
        'This section is out of the template order: its content was kept in it.',
      );
    }
    if (once) this.seen.add(key);
    this.furthest = Math.max(this.furthest, index);
  }

  private finishTeam(): void {
    const team = this.team;
    if (!team) return;
    this.team = null;
    if (team.isTemplate) {
      this.ctx.section = team.teamLabel;
      this.ctx.report('skipped', team.heading, `The empty team template ("Team ${team.name}") was left out.`);
    } else this.teams.push(team.toDocument());
  }

  /** A `---` between teams (or after the last) separates them; `***` and rules elsewhere are content. */
  private isTeamSeparator(node: MdNode, next: MdNode | undefined): boolean {
    if (this.where.kind !== 'team' && this.where.kind !== 'teamsIntro') return false;
    if (this.ctx.markdownOf(node).startsWith('*')) return false;
    if (!next) return true;
    if (next.type !== 'heading') return false;
    const line = this.ctx.quietly(() => phrasingToLine(next.children, this.ctx));
    const role = classifyHeading(line.masked, line.text, false);
    return role !== null && role.kind !== 'part';
  }

  private block(node: MdNode, asNote: boolean): void {
    const where = this.where;
    if (where.kind === 'team') {
      this.team?.add(node, this.ctx, asNote);
      return;
    }
    if (where.kind === 'preamble') {
      this.note(
        'headline',
        node,
        'Text before the first section was kept as a note in Global Sprint Planning.',
      );
      return;
    }
    if (where.kind === 'teamsIntro') {
      if (TEMPLATE_HINT.test(flatText(node))) {
        this.ctx.report('skipped', node, 'Template instructions left out.');
        return;
      }
      this.note('proposedGoals', node, 'Text outside any team was kept as a note in the proposed goals.');
      return;
    }
    const key = where.key;
    if (FREE_SECTIONS.has(key)) {
      append(this.sections[key], toRichBlocks(node, this.ctx));
    } else if (node.type === 'list' && !asNote) {
      if (key === 'headline') this.headlines(node);
      else this.goals(key, node);
    } else {
      this.note(key, node, asNote ? null : 'Kept as a note in the section.');
    }
  }

  private note(key: SectionKey, node: MdNode, message: string | null): void {
    const blocks = toRichBlocks(node, this.ctx);
    if (message && blocks.length > 0) this.ctx.report('unrecognised', node, message);
    append(this.sections[key], blocks);
  }

  private headlines(list: MdOf<'list'>): void {
    for (const item of list.children) {
      if (isEmptyItem(item, this.ctx)) {
        if (list.children.length > 1) this.ctx.report('skipped', item, 'Empty line left out.', '');
        continue;
      }
      append(this.sections.headline, headlineFromListItem(item, this.ctx));
    }
  }

  private goals(key: SectionKey, list: MdOf<'list'>): void {
    const target = this.sections[key];
    let pending: Array<MdOf<'listItem'>> = [];
    const flush = () => {
      const [first] = pending;
      if (!first) return;
      this.ctx.report(
        'unrecognised',
        first,
        'Not a goal (no bold title, status, owner or 🎯 line): kept as a note.',
      );
      target.push(listToRich(list, pending, this.ctx));
      pending = [];
    };
    for (const item of list.children) {
      if (isEmptyItem(item, this.ctx)) {
        if (list.children.length > 1) this.ctx.report('skipped', item, 'Empty line left out.', '');
        continue;
      }
      if (looksLikeGoal(item, this.ctx)) {
        flush();
        target.push(goalFromListItem(item, this.ctx));
      } else pending.push(item);
    }
    flush();
  }
}
