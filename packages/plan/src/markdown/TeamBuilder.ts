import { newId } from '../ids.ts';
import type { TeamDocument } from '../PlanDocument.ts';
import { paragraph, plainText, type RichNode } from '../richText.ts';
import { teamPart } from '../templates.ts';
import { TEAM_PART_KINDS, TEAM_PART_TITLES, type TeamPartKind } from '../vocabulary.ts';
import { append } from './append.ts';
import { PLACEHOLDER_TEAM_NAME } from './conventions.ts';
import type { ImportContext } from './ImportContext.ts';
import type { MdNode } from './mdast.ts';
import { toRichBlocks } from './toRichBlocks.ts';
import { isEmptyItem, itemFromListItem } from './typedNodes.ts';

/**
 * One team section while it is read: its name, the part being read (from
 * the Retro / Hang over / Planning / High / Low headings) and what each part
 * holds so far. Knows whether anything in it is real, so the empty team
 * template ("Team ___" with placeholder items) can be left out.
 */
export class TeamBuilder {
  /** The name after "Team" in the heading. */
  readonly name: string;
  /** The "Team …" heading, for findings about the whole team. */
  readonly heading: MdNode;
  private part: TeamPartKind | 'planning' | null = null;
  private readonly parts: Record<TeamPartKind, RichNode[]> = { retro: [], hangOver: [], high: [], low: [] };
  private readonly seen = new Set<string>();
  private real = false;

  constructor(name: string, heading: MdNode) {
    this.name = name;
    this.heading = heading;
  }

  /** How findings name where they are: "Team Search › High priority". */
  get label(): string {
    const part = this.part === 'planning' ? 'Planning' : this.part ? TEAM_PART_TITLES[this.part] : null;
    return part ? `${this.teamLabel} › ${part}` : this.teamLabel;
  }

  /** How findings about the whole team name it. */
  get teamLabel(): string {
    return `Team ${this.name}`;
  }

  /** Whether the team's Retro part is being read (free text). */
  get inRetro(): boolean {
    return this.part === 'retro';
  }

  /** The template's team: a placeholder name and nothing real in it. */
  get isTemplate(): boolean {
    return PLACEHOLDER_TEAM_NAME.test(this.name) && !this.real;
  }

  /** Starts a part (at its heading). */
  startPart(part: TeamPartKind | 'planning', heading: MdNode, ctx: ImportContext): void {
    this.part = part;
    ctx.section = this.label;
    if (this.seen.has(part))
      ctx.report('repaired', heading, 'This part appears twice in the team; both were kept in it.');
    this.seen.add(part);
  }

  /** Adds a block to the part being read; `asNote` keeps a list as free text (our note marker). */
  add(node: MdNode, ctx: ImportContext, asNote: boolean): void {
    let kind: TeamPartKind;
    if (this.part === null) {
      kind = 'retro';
      ctx.report('repaired', node, "Text before the team's first part heading was kept in its Retro.");
    } else if (this.part === 'planning') {
      kind = 'high';
      ctx.report('repaired', node, 'Text under "Planning" before "High priority" was kept in High priority.');
    } else kind = this.part;
    const target = this.parts[kind];
    if (node.type === 'list' && kind === 'retro' && !asNote) {
      // The template's lone "-" is an empty list, not text (the exporter marks a real one as a note).
      const lone = node.children.length === 1 && node.children[0] && isEmptyItem(node.children[0], ctx);
      if (lone) return;
    }
    if (node.type === 'list' && kind !== 'retro' && !asNote) {
      for (const item of node.children) {
        if (isEmptyItem(item, ctx)) {
          if (node.children.length > 1) ctx.report('skipped', item, 'Empty item left out.', '');
          continue;
        }
        const nodes = itemFromListItem(item, ctx);
        if (nodes.length > 0) this.real = true;
        append(target, nodes);
      }
      return;
    }
    const blocks = toRichBlocks(node, ctx);
    if (kind !== 'retro' && !asNote && blocks.length > 0) {
      ctx.report('unrecognised', node, 'Not an item; kept as free text in the part.');
    }
    if (blocks.some((block) => plainText(block).trim().length > 0)) this.real = true;
    append(target, blocks);
  }

  /** The team as a document: the four parts in order, each with an empty line when it has nothing. */
  toDocument(): TeamDocument {
    const content = TEAM_PART_KINDS.map((kind) => {
      const blocks = this.parts[kind];
      return teamPart(kind, blocks.length > 0 ? blocks : [paragraph()]);
    });
    return { id: newId(), name: this.name, body: { type: 'doc', content } };
  }
}
