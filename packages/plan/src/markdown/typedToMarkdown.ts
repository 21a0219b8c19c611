import { plainText, type RichNode, text } from '../richText.ts';
import { isDecision, isStatus, STATUS_EMOJI } from '../vocabulary.ts';
import { blocksToMarkdown, indentAll, indentRest } from './blocksToMarkdown.ts';
import { FIFTY_GLOSS, NO_OWNER } from './conventions.ts';
import { GOAL_EXTRA_GUARDS, HEADLINE_GUARDS, ITEM_GUARDS, SUMMARY_GUARDS } from './guards.ts';
import { inlineToMarkdown } from './inlineToMarkdown.ts';

/**
 * The typed nodes as the lines of a planning issue: each function returns
 * the text after the list marker (continuation lines indented for a "- "
 * marker), the inverse of typedLines.ts.
 */

function stringAttr(node: RichNode, key: string): string | null {
  const value = node.attrs?.[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function statusPrefix(node: RichNode): string {
  const status = node.attrs?.status;
  return isStatus(status) ? `${STATUS_EMOJI[status]} ` : '';
}

function owner(node: RichNode): string | null {
  const handle = stringAttr(node, 'owner');
  return handle ? `(Owner: @${handle})` : null;
}

/**
 * " (50:50)" after text. After words like "even odds" the importer would read
 * it as a gloss, so the space is written as an entity, which it sees as
 * escaped: the flag stays a flag.
 */
function fiftyFiftySuffix(before: string): string {
  return FIFTY_GLOSS.test(before) ? '&#32;(50:50)' : ' (50:50)';
}

/** A headline goal: its text, then "(50:50)" for a moonshot. */
export function headlineToMarkdown(node: RichNode): string {
  const line = inlineToMarkdown(node.content, { guards: HEADLINE_GUARDS });
  const fifty = node.attrs?.fiftyFifty === true ? fiftyFiftySuffix(plainText(node).trimEnd()) : '';
  return indentRest(`${line}${fifty}`.trimStart(), 2);
}

/** A team item: `✅ text - prioritised (Owner: @x)`. */
export function itemToMarkdown(node: RichNode): string {
  const decision = node.attrs?.decision;
  const content = inlineToMarkdown(node.content, { guards: ITEM_GUARDS });
  // With no text before it, "- prioritised" would start a nested list (or lose its separator).
  const decided = isDecision(decision) ? (content ? `- ${decision}` : `(${decision})`) : '';
  const parts = [`${statusPrefix(node)}${content}`.trim(), decided, owner(node) ?? ''].filter(Boolean);
  return indentRest(parts.join(' '), 2);
}

/**
 * A goal as a list item's content: the goal line
 * `✅ **Title** (Owner: @x) - summary (50:50) (@a @b)`, then its parts in
 * their own order as nested "- " lines, and free blocks indented under it.
 */
export function goalToMarkdown(goal: RichNode): string {
  const children = goal.content ?? [];
  const titleIndex = children.findIndex((child) => child.type === 'goalTitle');
  const title = children[titleIndex];
  const summaries = children.filter((child) => child.type === 'goalSummary');
  const summary = summaries.flatMap((node, index) => [
    ...(index > 0 ? [text(' ')] : []),
    ...(node.content ?? []),
  ]);
  const summaryText = inlineToMarkdown(summary, { guards: SUMMARY_GUARDS });
  const collaborators = Array.isArray(goal.attrs?.collaborators)
    ? goal.attrs.collaborators.filter(
        (handle): handle is string => typeof handle === 'string' && handle !== '',
      )
    : [];
  const titleText = inlineToMarkdown(
    (title?.content ?? []).map((node) => ({ ...node, marks: [...(node.marks ?? []), { type: 'bold' }] })),
  );
  // An untitled goal still gets a bold title (a bold space): the bold is what marks the line as a goal.
  const head = [titleText || '**&#32;**'];
  const ownerText = owner(goal);
  if (ownerText) head.push(ownerText);
  if (summaryText) head.push(`- ${summaryText}`);
  let line = `${statusPrefix(goal)}${head.join(' ')}`.trim();
  if (goal.attrs?.fiftyFifty === true) {
    line += fiftyFiftySuffix(plainText({ type: 'paragraph', content: summary }).trimEnd());
  }
  if (collaborators.length > 0) line += ` (${collaborators.map((handle) => `@${handle}`).join(' ')})`;
  let out = indentRest(line.trim(), 2);
  let extras: RichNode[] = [];
  const flush = () => {
    // Free text inside a goal uses "*" bullets so it never joins the list of parts.
    for (const block of blocksToMarkdown(extras, { guards: GOAL_EXTRA_GUARDS, bullet: '*' })) {
      out += `\n\n${indentAll(block, 2)}`;
    }
    extras = [];
  };
  let previousWasPart = true;
  children.forEach((child, index) => {
    if (index === titleIndex || child.type === 'goalSummary') return;
    const part = partLine(child);
    if (part === null) {
      extras.push(child.type === 'goalTitle' ? { ...child, type: 'paragraph' } : child);
      return;
    }
    const afterExtras = extras.length > 0;
    flush();
    out += `${previousWasPart && !afterExtras ? '\n' : '\n\n'}  - ${indentRest(part, 4)}`;
    previousWasPart = true;
  });
  flush();
  return out;
}

function partLine(node: RichNode): string | null {
  const content = inlineToMarkdown(node.content);
  const withText = (prefix: string) => (content ? `${prefix} ${content}` : prefix);
  switch (node.type) {
    case 'goalWhy':
      return withText('Why?');
    case 'statusNote':
      return withText('Status:');
    case 'statement':
      return withText(`${statusPrefix(node)}🎯 Goal:`);
    case 'subGoal':
      return `${owner(node) ?? NO_OWNER}: "${content}"`;
    default:
      return null;
  }
}
