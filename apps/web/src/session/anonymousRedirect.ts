import { api } from '../api/endpoints.ts';
import { paths } from '../router/routes.ts';

/**
 * Where a signed-out visitor of a private page goes: the first-run setup
 * when the workspace has no account yet (as far as the server tells),
 * else the login page, coming back here afterwards.
 */
export async function anonymousRedirect(from: string): Promise<string> {
  if ((await api.setupNeeded()) === true) return paths.setup();
  return paths.login(from);
}
