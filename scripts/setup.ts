// Prepares the configured database for use: migrations, a first admin, demo content on a new site.
import { closeDb, getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { loadDemoContent } from "@/lib/services/demo/load-demo-content";
import { ensureFirstAdmin } from "@/lib/services/users/ensure-first-admin";
import { describeDatabase, exitOnMigrationError, printReport, runMigrations } from "./db/run-migrations";

export async function setup({ demo }: { demo: boolean }): Promise<void> {
  console.log(`Database: ${describeDatabase()}`);
  printReport(await runMigrations());
  const db = await getDb();
  try {
    const admin = await ensureFirstAdmin(db, { email: env.adminEmail, password: env.adminPassword });
    if (demo) {
      for (const title of await loadDemoContent(db, env.timeZone)) console.log(`Published demo article: ${title}`);
    }
    if (admin.kind === "generated") {
      const line = "─".repeat(60);
      console.log(`\n${line}\n  First start: an admin account was created.\n`);
      console.log(`  Sign in at ${env.siteUrl}/login`);
      console.log(`    email:    ${admin.email}`);
      console.log(`    password: ${admin.password}`);
      console.log(
        `\n  This password is shown only once. At first sign-in you choose your own email and password.\n${line}\n`,
      );
    } else if (admin.kind === "existing") {
      console.log(`Sign in at ${env.siteUrl}/login (lost the password? npm run reset-password -- <email>)`);
    } else if (admin.kind === "configured") {
      console.log(
        `Admin account ${admin.email} ${admin.created ? "created from ADMIN_EMAIL/ADMIN_PASSWORD" : "exists"}.`,
      );
    }
  } finally {
    await closeDb();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await exitOnMigrationError(() => setup({ demo: !process.argv.includes("--no-demo") }));
}
