/**
 * The database servers some tests need (PostgreSQL 15 and MariaDB, as `.ci/run` starts them). A service that is
 * down skips its tests with a loud warning on a laptop, and fails them in CI (CI=true), so a missing service can
 * never pass for green.
 */
export const postgresUrl = process.env.KILN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const mysqlUrl = process.env.KILN_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

export async function requireService(name: string, probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') throw new Error(`${name} is required in CI (CI=true) but unreachable: ${reason}`);
    console.warn(`\n*** ${name} is unreachable (${reason}): its tests are SKIPPED. Start it (.ci/run starts every service). ***\n`);
    return false;
  }
}

export const postgresAvailable = () =>
  requireService('PostgreSQL', async () => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
    await client.connect();
    await client.end();
  });

export const mysqlAvailable = () =>
  requireService('MariaDB/MySQL', async () => {
    const { createConnection } = await import('mysql2/promise');
    const connection = await createConnection({ uri: mysqlUrl, connectTimeout: 3000 });
    await connection.end();
  });
