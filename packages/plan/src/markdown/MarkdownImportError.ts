/**
 * Why a whole Markdown file was refused. Everything else an import meets is
 * repaired or kept and reported; these are the cases where there is no plan
 * to make. Stable ids: the server maps each to an HTTP error and the web app
 * to a message.
 */
export type MarkdownImportErrorCode =
  /** Larger than MAX_MARKDOWN_BYTES. */
  | 'markdown-too-large'
  /** Holds NUL bytes: an image, archive or other binary file, not Markdown. */
  | 'markdown-binary'
  /** Not a string at all (a caller bypassed the types). */
  | 'markdown-not-text';

/** A Markdown file that cannot be imported at all, with a message for the person importing it. */
export class MarkdownImportError extends Error {
  override name = 'MarkdownImportError';
  /** Stable id of the reason, for the server's error response. */
  readonly code: MarkdownImportErrorCode;

  constructor(code: MarkdownImportErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
