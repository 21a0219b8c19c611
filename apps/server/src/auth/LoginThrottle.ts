import { LIMITS } from '../limits.ts';

/**
 * Counts failed logins per key (handle, address) in a fixed window; a key
 * over the limit is refused until its window ends. In memory: each process
 * throttles what it sees, which bounds guessing per process.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(limit: number = LIMITS.loginAttempts, windowMs: number = LIMITS.loginWindowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(keys: string[], now = Date.now()): number {
    let wait = 0;
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (!entry) continue;
      if (entry.resetAt <= now) this.failures.delete(key);
      else if (entry.count >= this.limit) wait = Math.max(wait, Math.ceil((entry.resetAt - now) / 1000));
    }
    return wait;
  }

  /** Records a failed attempt for each key. */
  fail(keys: string[], now = Date.now()): void {
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (!entry || entry.resetAt <= now) this.failures.set(key, { count: 1, resetAt: now + this.windowMs });
      else entry.count++;
    }
  }

  /** Forgets the keys after a successful login. */
  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
