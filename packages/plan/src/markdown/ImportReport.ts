/**
 * What an import could not take over as it was written. Shown to the person
 * importing before the board is created, so nothing changes silently.
 */
export interface ImportReport {
  /** In document order, one per odd block or line. Empty when everything was recognised. */
  findings: ImportFinding[];
}

/**
 * - `unrecognised`: kept, but as rich text (a note, a goal's extra text,
 *   a team part's free text) rather than as the typed part it may have meant;
 * - `repaired`: taken over after fixing it (a missing ')', a heading out of
 *   order, a stripped control character);
 * - `skipped`: left out on purpose (template placeholders and hints, HTML
 *   comments, which GitHub does not show either); `text` says what.
 */
export type FindingKind = 'unrecognised' | 'repaired' | 'skipped';

/** One finding of an import. */
export interface ImportFinding {
  kind: FindingKind;
  /** Where it was: a section title, "Team Search › High priority", or "Document". */
  section: string;
  /** 1-based line in the imported Markdown. */
  line: number;
  /** What happened, for a person. */
  message: string;
  /** The Markdown concerned, shortened when long. */
  text?: string;
}
