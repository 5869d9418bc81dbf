// A minimal SQL connection used by database tooling (migrations, test databases), outside Prisma
// so that it works before the schema exists, on the server PostgreSQL and on PGlite alike.
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openPGlite } from "@/lib/pglite";

export interface SqlSession {
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of one or more statements (simple query protocol: no parameters). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function connectPostgres(connectionString: string): Promise<SqlSession> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await client.query<Row>(sql, params);
      return result.rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

export function wrapPGlite(pglite: PGlite, ownsInstance: boolean): SqlSession {
  return {
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await pglite.query<Row>(sql, params);
      return result.rows;
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    close: async () => {
      if (ownsInstance) await pglite.close();
    },
  };
}

export async function connectPGlite(dataDir: string): Promise<SqlSession> {
  return wrapPGlite(await openPGlite(dataDir), true);
}
