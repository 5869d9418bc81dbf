// pg-boss on the embedded database: pg-boss accepts any object with executeSql(text, values), and
// PGlite runs it in this process. PGlite's query() takes one statement with parameters; pg-boss's
// schema installation and maintenance send several statements without parameters, which only exec()
// accepts. PGlite serialises both with its own transactions (Prisma's included), so the queue and the
// app share its single connection safely.
import type { PGlite } from "@electric-sql/pglite";

export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>>; rowCount: number }>;
}

export function pgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        const last = results.at(-1);
        const rows = (last?.rows ?? []) as Array<Record<string, unknown>>;
        return { rows, rowCount: last?.affectedRows ?? rows.length };
      }
      const result = await pglite.query<Record<string, unknown>>(text, values);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}
