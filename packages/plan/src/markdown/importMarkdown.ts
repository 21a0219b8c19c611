import { SECTION_KEYS, SECTION_TITLES } from '../layout.ts';
import { emptyPlanDocument, type PlanDocument } from '../PlanDocument.ts';
import { paragraph, type RichNode } from '../richText.ts';
import { buildPlan } from './buildPlan.ts';
import { checkedNode } from './checkedNode.ts';
import { ImportContext } from './ImportContext.ts';
import type { ImportReport } from './ImportReport.ts';
import { MarkdownImportError } from './MarkdownImportError.ts';
import { parseMarkdown } from './mdast.ts';
import { prepareSource } from './prepareSource.ts';

/**
 * Largest Markdown accepted, in UTF-8 bytes. A real planning issue is tens
 * of kilobytes (GitHub caps an issue body at 65,536 characters); this leaves
 * room for pasted logs while bounding the parse time of a request.
 */
export const MAX_MARKDOWN_BYTES = 4 * 1024 * 1024;

/** Title used when neither the caller, the meta comment nor a "# " heading gives one. */
export const DEFAULT_IMPORT_TITLE = 'Imported plan';

/** Options of importMarkdown. */
export interface ImportOptions {
  /** Title of the new board; wins over the meta comment and a "# " heading. */
  title?: string;
}

/** A plan made from Markdown, and what could not be taken over as written. */
export interface ImportResult {
  plan: PlanDocument;
  report: ImportReport;
}

/**
 * Reads a planning issue (GitHub-flavoured Markdown in the shape of the
 * template, or of exportMarkdown's output) into a plan document: goals,
 * owners, statuses, 🎯 statements and team sections become typed nodes,
 * everything else is kept as rich text where it stood, and every odd line
 * is in the report. Throws MarkdownImportError only for input that is not a
 * Markdown file at all (binary, too large); odd Markdown never throws.
 */
export function importMarkdown(markdown: string, options: ImportOptions = {}): ImportResult {
  if (typeof markdown !== 'string') {
    throw new MarkdownImportError('markdown-not-text', 'Only Markdown text can be imported.');
  }
  const bytes = utf8Length(markdown);
  if (bytes > MAX_MARKDOWN_BYTES) {
    throw new MarkdownImportError(
      'markdown-too-large',
      `This Markdown is ${mib(bytes)} MiB; at most ${mib(MAX_MARKDOWN_BYTES)} MiB can be imported.`,
    );
  }
  const ctx = new ImportContext();
  const source = prepareSource(markdown, ctx);
  const plan = emptyPlanDocument(options.title?.trim() || DEFAULT_IMPORT_TITLE);
  if (source.trim().length === 0) {
    ctx.report('skipped', 1, 'The Markdown is empty: the plan starts empty.');
    for (const key of SECTION_KEYS) plan.sections[key].content = [paragraph()];
    return { plan, report: { findings: ctx.findings } };
  }
  const root = parseMarkdown(source);
  ctx.load(source, root);
  const built = buildPlan(root, ctx);
  plan.meta.title =
    options.title?.trim() || built.meta?.title?.trim() || built.heading || DEFAULT_IMPORT_TITLE;
  if (built.meta) plan.meta.sprint = built.meta.sprint;
  const check = (section: string) => (nodes: RichNode[]) =>
    nodes.map((node) =>
      checkedNode(node, (bad) => {
        ctx.section = section;
        ctx.report('repaired', 1, `A ${bad.type} did not fit the board's schema and was kept as plain text.`);
      }),
    );
  for (const key of SECTION_KEYS) {
    const content = check(SECTION_TITLES[key])(built.sections[key]);
    plan.sections[key].content = content.length > 0 ? content : [paragraph()];
  }
  plan.teams = built.teams.map((team) => ({
    ...team,
    body: { type: 'doc', content: check(`Team ${team.name}`)(team.body.content ?? []) },
  }));
  return { plan, report: { findings: ctx.findings } };
}

/**
 * The UTF-8 length where it matters: exact when the UTF-16 length (1–3
 * bytes per unit) leaves the limit in doubt, otherwise that length, which
 * is on the same side of the limit.
 */
function utf8Length(value: string): number {
  if (value.length * 3 <= MAX_MARKDOWN_BYTES || value.length > MAX_MARKDOWN_BYTES) return value.length;
  return new TextEncoder().encode(value).length;
}

function mib(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
