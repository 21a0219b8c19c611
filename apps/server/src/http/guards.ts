import type { Context } from 'hono';
import { hasRole } from '../auth/policy.ts';
import type { Role, User } from '../storage/Storage.ts';
import type { AppEnv } from './AppDeps.ts';
import { forbidden, unauthorized } from './errors.ts';

/** The caller, or 401. */
export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('user');
  if (!user) throw unauthorized();
  return user;
}

/** The caller if their role is at least `min`, else 401/403. */
export function requireRole(c: Context<AppEnv>, min: Role): User {
  const user = requireUser(c);
  if (!hasRole(user, min)) throw forbidden(`This needs the ${min} role or higher.`);
  return user;
}
