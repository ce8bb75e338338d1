/**
 * The `project.config` extension point: a feature adds environment variables to src/config.ts (so a missing or
 * bad value stops start-up like any other) and the values the generated tests run with.
 */
export const configPoint = 'project.config';

export interface ConfigPlan {
  /** Named imports of src/config.ts, by module (relative to src/config.ts). */
  imports: Record<string, string[]>;
  /** Objects of zod schemas (by variable name) spread into the environment schema, e.g. `authEnvironment`. */
  environment: string[];
  /** Variables createTestApp() sets for the generated tests, e.g. a test-only secret. */
  testEnvironment: Record<string, string>;
}

export const emptyConfigPlan = (): ConfigPlan => ({ imports: {}, environment: [], testEnvironment: {} });
