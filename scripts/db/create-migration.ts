// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the existing migrations to prisma/schema.prisma (what `prisma migrate dev --create-only`
// does), using Prisma's schema engine compiled to WebAssembly. The shadow database is a scratch
// database on the configured PostgreSQL server, or an in-memory PGlite on the embedded default.
import { env } from "@/lib/env";
import { createMigration } from "./schema-engine";

const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!name) {
  console.error("usage: npm run db:migration -- <name>   (e.g. add_article_subtitle)");
  process.exit(2);
}

const created = await createMigration(name, {
  shadow: env.databaseUrl ? { kind: "postgres", url: env.databaseUrl } : { kind: "pglite" },
});
if (!created) {
  console.log("prisma/schema.prisma and prisma/migrations already agree: no migration written.");
} else {
  console.log(`Wrote ${created.name}/migration.sql:\n\n${created.sql}`);
  console.log("Apply it with: npm run db:migrate");
}
