import { SECTION_TITLES, type SectionKey } from '../layout.ts';
import type { PlanDocument, TeamDocument } from '../PlanDocument.ts';
import type { RichNode } from '../richText.ts';
import { isTeamPartKind, TEAM_PART_KINDS, TEAM_PART_TITLES, type TeamPartKind } from '../vocabulary.ts';
import { append } from './append.ts';
import { blocksToMarkdown } from './blocksToMarkdown.ts';
import { escapeText } from './escapeText.ts';
import { NOTE_MARKER, writeMetaComment } from './metaComment.ts';
import { goalToMarkdown, headlineToMarkdown, itemToMarkdown } from './typedToMarkdown.ts';

/** A typed node type and how one is written after its "- " marker. */
type TypedWriter = [type: string, write: (node: RichNode) => string];

const HEADLINES: TypedWriter = ['headline', headlineToMarkdown];
const GOALS: TypedWriter = ['goal', goalToMarkdown];
const ITEMS: TypedWriter = ['item', itemToMarkdown];

/**
 * A plan as GitHub-flavoured Markdown in the shape of the planning issue
 * template, ready to paste into an issue: a hidden meta comment, the five
 * sections, then one block per team. importMarkdown reads it back to the
 * same typed view; free lists among typed ones are preceded by an invisible
 * note marker so they are read back as notes.
 */
export function exportMarkdown(plan: PlanDocument): string {
  const out: string[] = [writeMetaComment(plan.meta)];
  const section = (key: SectionKey, level: number, body: string[]) => {
    out.push(`${'#'.repeat(level)} ${SECTION_TITLES[key]}`);
    append(out, body);
  };
  section('headline', 2, typedSection(plan.sections.headline.content, HEADLINES));
  section('retroOutcomes', 3, typedSection(plan.sections.retroOutcomes.content, GOALS));
  section('retroDiscussion', 3, blocksToMarkdown(plan.sections.retroDiscussion.content));
  section('priorities', 3, blocksToMarkdown(plan.sections.priorities.content));
  section('proposedGoals', 3, typedSection(plan.sections.proposedGoals.content, GOALS));
  out.push(`## ${SECTION_TITLES.teams}`);
  for (const team of plan.teams) append(out, teamSection(team));
  return `${out.join('\n\n')}\n`;
}

/**
 * A section or team part holding typed nodes among free blocks, in document
 * order: each run of typed nodes is one "- " list. Nothing at all is
 * written as the template's lone "-".
 */
function typedSection(content: readonly RichNode[] | undefined, [type, write]: TypedWriter): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push(run.join('\n'));
    run = [];
  };
  for (const node of content ?? []) {
    if (node.type === type) {
      // An entry with no text at all is written as a space, so it is not taken for the empty-list "-".
      run.push(`- ${write(node) || '&#32;'}`);
      continue;
    }
    flush();
    // Free lists use "*" so they never join a "-" list of typed entries.
    for (const block of blocksToMarkdown([node], { bullet: '*' })) {
      // A list here would be read back as typed entries; the marker says it is a note.
      if (node.type === 'bulletList' || node.type === 'orderedList') out.push(NOTE_MARKER);
      out.push(block);
    }
  }
  flush();
  return out.length > 0 ? out : ['-'];
}

function teamSection(team: TeamDocument): string[] {
  const parts: Record<TeamPartKind, RichNode[]> = { retro: [], hangOver: [], high: [], low: [] };
  for (const node of team.body.content ?? []) {
    // Anything outside a part belongs to the retro, as in the typed view.
    if (node.type !== 'teamPart') parts.retro.push(node);
    else append(parts[isTeamPartKind(node.attrs?.kind) ? node.attrs.kind : 'retro'], node.content ?? []);
  }
  const name = escapeText(team.name, { lineStart: false, lineEnd: true, heading: true, forced: new Set() });
  const out = ['---', name ? `### Team ${name}` : '### Team'];
  for (const kind of TEAM_PART_KINDS) {
    if (kind === 'high') out.push('#### Planning');
    out.push(`${kind === 'retro' || kind === 'hangOver' ? '####' : '#####'} ${TEAM_PART_TITLES[kind]}`);
    if (kind === 'retro') {
      // A list of one empty item reads like the template's empty "-"; the note marker keeps it.
      const blocks = blocksToMarkdown(parts.retro).flatMap((block) =>
        /^(?:[-*+]|\d+[.)])$/.test(block) ? [NOTE_MARKER, block] : [block],
      );
      append(out, blocks.length > 0 ? blocks : ['-']);
    } else append(out, typedSection(parts[kind], ITEMS));
  }
  return out;
}
