import { existsSync } from 'node:fs';
import * as z from 'zod';

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).default('data/dev.sqlite'),
  /** Comma-separated origins allowed to call the API from a browser; empty denies every origin. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = z.infer<typeof environmentSchema>;

/** Thrown when the environment is invalid: main.ts prints it and exits before listening. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Loads `.env` into process.env when the file exists; variables already set keep their value. */
export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Parses the environment into a typed config, naming every invalid variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const result = environmentSchema.safeParse(environment);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
}

/** The database URL alone: migrations need nothing else, not even the secrets the server requires. */
export function loadDatabaseUrl(environment: NodeJS.ProcessEnv = process.env): string {
  const result = environmentSchema.pick({ DATABASE_URL: true }).safeParse(environment);
  if (result.success) return result.data.DATABASE_URL;
  throw new ConfigError(`Invalid environment:
  DATABASE_URL: ${result.error.issues.map((issue) => issue.message).join(', ')}`);
}
