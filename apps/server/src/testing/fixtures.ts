import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ApiClient } from './ApiClient.ts';

/**
 * The repository root, found from this file rather than the working
 * directory: CI clones the repository elsewhere, with shared/ beside it.
 */
const REPO_ROOT = new URL('../../../../', import.meta.url);

/** The real planning issue every import test starts from (shared/examples/sprint-plan.md, beside the repo). */
export function readExamplePlan(): Promise<string> {
  return readFile(fileURLToPath(new URL('../shared/examples/sprint-plan.md', REPO_ROOT)), 'utf8');
}

/** Sprint facts used by the board fixtures: sprint 24, two weeks. */
export const SPRINT_24 = { number: 24, startsOn: '2025-03-03', endsOn: '2025-03-14' } as const;

/** Imports the example planning issue as a new board (acting as `api`, a lead); returns the create response. */
export async function importExampleBoard(api: ApiClient, title = 'Sprint 24 planning') {
  const response = await api.post('/api/boards', {
    title,
    sprint: SPRINT_24,
    markdown: await readExamplePlan(),
  });
  if (response.status !== 201) throw new Error(`import failed: ${response.status} ${response.text}`);
  return response;
}

/** Creates a board from the template (acting as `api`, a lead); returns the create response. */
export async function createTemplateBoard(api: ApiClient, title = 'Sprint 24 planning') {
  const response = await api.post('/api/boards', { title, sprint: SPRINT_24 });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${response.text}`);
  return response;
}
