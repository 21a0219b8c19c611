import type { FindingKind, ImportFinding } from './ImportReport.ts';
import type { MdNode, MdRoot } from './mdast.ts';

/** Longest `text` kept in a finding: enough to recognise the passage. */
const MAX_FINDING_TEXT = 300;

/** A link definition (`[id]: url "title"`), used by reference links. */
export interface LinkDefinition {
  /** The destination, as written. */
  url: string;
  /** The optional title, or null. */
  title: string | null;
}

/**
 * State shared by every step of one import: the source (for escape masks and
 * finding texts), link definitions, the findings so far and the section being
 * read, so a step deep inside a goal can report where it is.
 */
export class ImportContext {
  /** The (prepared) Markdown being imported; set by load(). */
  source = '';
  /** What the import reports, in the order found. */
  readonly findings: ImportFinding[] = [];
  /** Link definitions by normalised label, for reference links anywhere in the source. */
  readonly definitions = new Map<string, LinkDefinition>();
  /** The section (or team part) being read, named as in findings. */
  section = 'Document';

  /** Starts reading a parsed source. */
  load(source: string, root: MdRoot): void {
    this.source = source;
    this.collectDefinitions(root.children);
  }

  /** Depth of quietly() calls; findings are dropped while above 0. */
  private muted = 0;

  /**
   * Runs `read` without recording findings: for looking at a block to decide
   * what it is before reading it for real, so nothing is reported twice.
   */
  quietly<T>(read: () => T): T {
    this.muted += 1;
    try {
      return read();
    } finally {
      this.muted -= 1;
    }
  }

  /** Records a finding about a node (its line and Markdown) or a line number. */
  report(kind: FindingKind, at: MdNode | number, message: string, text?: string): void {
    if (this.muted > 0) return;
    const line = typeof at === 'number' ? at : (at.position?.start.line ?? 1);
    const raw = text ?? (typeof at === 'number' ? undefined : this.markdownOf(at));
    const finding: ImportFinding = { kind, section: this.section, line, message };
    if (raw !== undefined && raw.length > 0) finding.text = shorten(raw);
    this.findings.push(finding);
  }

  /** The Markdown a node was parsed from. */
  markdownOf(node: MdNode): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? '' : this.source.slice(start, end).trim();
  }

  private collectDefinitions(nodes: MdNode[]): void {
    // Definitions only matter at the top and in containers; a simple walk finds them all.
    const stack: MdNode[] = [...nodes];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) continue;
      if (node.type === 'definition') {
        if (!this.definitions.has(node.identifier)) {
          this.definitions.set(node.identifier, { url: node.url, title: node.title ?? null });
        }
      } else if ('children' in node) for (const child of node.children) stack.push(child);
    }
  }
}

function shorten(value: string): string {
  return value.length > MAX_FINDING_TEXT ? `${value.slice(0, MAX_FINDING_TEXT - 1)}…` : value;
}
