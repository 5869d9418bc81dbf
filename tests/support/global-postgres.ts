// One scratch database for the PostgreSQL integration run, migrated once, dropped at the end.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrations } from "@/lib/migrate/migrations";
import { connectPostgres } from "@/lib/migrate/sql-session";
import { createScratchDatabase } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createScratchDatabase("masthead_it");
  const session = await connectPostgres(database.url);
  try {
    await applyMigrations(session, await readMigrations(path.join(process.cwd(), "prisma/migrations")));
  } finally {
    await session.close();
  }
  project.provide("databaseUrl", database.url);
  return database.drop;
}
