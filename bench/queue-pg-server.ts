/**
 * A PostgreSQL server for the benchmarks: $CLAIMTRAIL_BENCH_PG_URL (or $CLAIMTRAIL_TEST_PG_URL)
 * when set, else a throwaway local cluster started like scripts/test.sh does (as the postgres
 * user when we are root). Each benchmark gets its own fresh database on it.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PgServer {
  readonly url: string;
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

export async function pgServer(): Promise<PgServer> {
  const given = process.env['CLAIMTRAIL_BENCH_PG_URL'] ?? process.env['CLAIMTRAIL_TEST_PG_URL'];
  const started = given ? undefined : startCluster();
  const url = given ?? started!.url;
  return {
    url,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const target = new URL(url);
      target.pathname = `/${name}`;
      return target.toString();
    },
    stop: () => started?.stop(),
  };
}

function startCluster(): { url: string; stop: () => void } {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  const bin = `/usr/lib/postgresql/${versions.at(-1)}/bin`;
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-pg-'));
  const root = process.getuid?.() === 0;
  if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
  const as = (cmd: string, args: string[]) => (root ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args]) : execFileSync(cmd, args));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  as(`${bin}/initdb`, ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres']);
  as(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', `${dir}/log`, '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        as(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
