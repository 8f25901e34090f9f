/** A throwaway database on the test PostgreSQL server ($CLAIMTRAIL_TEST_PG_URL), dropped afterwards. */
import pg from 'pg';

export const TEST_PG_URL = process.env['CLAIMTRAIL_TEST_PG_URL'];

export interface FreshDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(prefix: string): Promise<FreshDatabase> {
  if (!TEST_PG_URL) throw new Error('CLAIMTRAIL_TEST_PG_URL is not set: run the suite with `npm test`, which starts a PostgreSQL server');
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      // a pool told to close may still be ending its clients: FORCE would terminate one mid-goodbye, and
      // its error would surface in the test run as an unhandled one. Wait (up to 10 s) for them to leave.
      for (let waited = 0; waited < 10_000; waited += 100) {
        const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0]!.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
