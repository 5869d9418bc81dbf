// npm run db:migrate — what `prisma migrate deploy` does, offline.
import { describeDatabase, exitOnMigrationError, printReport, runMigrations } from "./run-migrations";

console.log(`Migrating ${describeDatabase()}`);
printReport(await exitOnMigrationError(runMigrations));
