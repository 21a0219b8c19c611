import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The server's configuration, read from the environment once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres:// URL: storage in PostgreSQL instead of SQLite under dataDir. */
  databaseUrl: string | undefined;
  /** redis:// URL: several processes serve one workplace through Redis. */
  redisUrl: string | undefined;
  /**
   * Namespace of every Redis key and channel this workplace uses (document
   * sync, its locks, lock notices): processes serve one workplace only when
   * they share it, so two workplaces (or test runs) can share one Redis.
   */
  redisPrefix: string;
  /** Base URL for links (invites, share links); defaults to http://host:port. */
  publicUrl: string;
  /** Directory of the built web app to serve; defaults to apps/web/dist when it has been built. */
  webDir: string | undefined;
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, dots, dashes or underscores')
    .default('sprintboard'),
  PUBLIC_URL: z.url().optional(),
  WEB_DIR: z.string().min(1).optional(),
});

/** A configuration value is wrong; the message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment; throws ConfigError with a one-line message on a bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid ${String(issue?.path[0] ?? 'configuration')}: ${issue?.message ?? 'bad value'}`,
    );
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    redisUrl: value.REDIS_URL,
    redisPrefix: value.REDIS_PREFIX,
    publicUrl: (value.PUBLIC_URL ?? `http://${value.HOST}:${value.PORT}`).replace(/\/$/, ''),
    webDir: value.WEB_DIR ?? builtWebApp(),
  };
}

/** The web app built in this checkout (apps/web/dist), if it has been built. */
function builtWebApp(): string | undefined {
  const dir = fileURLToPath(new URL('../../web/dist', import.meta.url));
  return existsSync(`${dir}/index.html`) ? dir : undefined;
}
