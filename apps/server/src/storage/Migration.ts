/**
 * One named schema step. Both dialects list the same versions with the same
 * names (a test checks it), so a database of either kind at version N has the
 * same tables. Steps are append-only: a released step is never edited; a
 * change is a new step with the next version.
 */
export interface Migration {
  /** Applied in ascending order; recorded in `schema_migrations`. */
  version: number;
  /** What the step does, in PascalCase (`CreateAccounts`). */
  name: string;
  /** The DDL of the step, in the dialect of its list. */
  sql: string;
}
