// An empty database of the kind this test run is about: a new database on the PostgreSQL server, or a
// new in-memory PGlite.
import { connectPGlite, connectPostgres, type SqlSession } from "@/lib/migrate/sql-session";
import { createScratchDatabase } from "./postgres";

export async function scratchSession(): Promise<SqlSession> {
  if (process.env.MASTHEAD_TEST_DB !== "postgres") return connectPGlite("memory://");
  const database = await createScratchDatabase("masthead_scratch");
  const session = await connectPostgres(database.url);
  return {
    ...session,
    close: async () => {
      await session.close();
      await database.drop();
    },
  };
}
