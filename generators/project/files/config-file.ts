import { printSourceFile } from '../../../src/ast/project.js';
import { classOf, constant, func, importsOf, param, typeAlias } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';
import type { ConfigPlan } from '../config-plan.js';

/** src/config.ts: the environment, parsed once with zod; a bad value stops start-up with a clear message. */
export function configFile(dialect: Dialect, plan: ConfigPlan): string {
  const databaseUrl = dialect.defaultUrl
    ? `z.string().min(1).default('${dialect.defaultUrl}')`
    : `z.string({ error: 'set DATABASE_URL to the database connection URL' }).min(1)`;
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:fs': { names: ['existsSync'] },
        zod: { names: ['z'] },
        ...Object.fromEntries(Object.entries(plan.imports).map(([module, names]) => [module, { names }])),
      }),
      constant(
        'environmentSchema',
        `z.object({
          NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
          PORT: z.coerce.number().int().min(1).max(65535).default(3000),
          DATABASE_URL: ${databaseUrl},
          /** Comma-separated origins allowed to call the API from a browser; empty denies every origin. */
          CORS_ORIGINS: z
            .string()
            .default('')
            .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean)),
          BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
          LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),${plan.environment.map((name) => `\n...${name},`).join('')}
        })`,
      ),
      typeAlias('Config', 'z.infer<typeof environmentSchema>'),
      classOf('ConfigError', {
        extends: 'Error',
        docs: ['Thrown when the environment is invalid: main.ts prints it and exits before listening.'],
        properties: [{ name: 'name', initializer: "'ConfigError'", isOverride: true }],
      }),
      func('loadEnvFile', [param('path', undefined, "'.env'")], 'void', ['if (existsSync(path)) process.loadEnvFile(path);'], {
        exported: true,
        docs: ['Loads `.env` into process.env when the file exists; variables already set keep their value.'],
      }),
      func(
        'loadConfig',
        [param('environment', 'NodeJS.ProcessEnv', 'process.env')],
        'Config',
        [
          'const result = environmentSchema.safeParse(environment);',
          'if (result.success) return result.data;',
          "const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);",
          "throw new ConfigError(`Invalid environment:\\n${problems.join('\\n')}`);",
        ],
        { exported: true, docs: ['Parses the environment into a typed config, naming every invalid variable.'] },
      ),
    ],
  });
}
