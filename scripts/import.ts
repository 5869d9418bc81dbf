// npm run import -- <file|folder|zip|export.json> [--publish] [--json] [--allow-duplicates]
// Wire copy (plain text, a folder of it, or a zip) becomes draft articles (published with --publish);
// a file that looks like an existing article is skipped and named (duplicateOf in the JSON) unless
// --allow-duplicates says to import it anyway;
// a Masthead export (.json) is loaded into an empty instance. Against DATABASE_URL or the embedded database.
import { readFile } from "node:fs/promises";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { closeDb, getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { importContent } from "@/lib/export/import-content";
import { ArchiveRefusedError } from "@/lib/import/archive-limits";
import { describeArchiveRefusal } from "@/lib/import/describe-refusal";
import { importBatch, type BatchItem } from "@/lib/import/import-batch";
import { getMessages } from "@/lib/i18n";
import { readSources } from "@/lib/import/read-sources";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { ServiceError } from "@/lib/services/errors";
import { describeDatabase } from "./db/run-migrations";

const args = process.argv.slice(2);
const target = args.find((arg) => !arg.startsWith("--"));
const asJson = args.includes("--json");
const publish = args.includes("--publish");
const allowDuplicates = args.includes("--allow-duplicates");
const log = (line: string) => (asJson ? console.error(line) : console.log(line));

if (!target) {
  console.error("usage: npm run import -- <file|folder|zip|export.json> [--publish] [--json] [--allow-duplicates]");
  process.exit(2);
}

function line(item: BatchItem): string {
  if (item.status === "failed") return `✗ ${item.file}: ${item.reason}`;
  const credits = item.credits
    .map((credit) => `${credit.affiliation ?? ""}${credit.roleName} ${credit.name}`)
    .join(",");
  const head =
    item.status === "created"
      ? `✓ #${item.id} ${item.title}`
      : `– ${item.title}(跳过:${item.reason}${item.duplicateOf ? `,${item.duplicateOf.path};确认要导入时加 --allow-duplicates` : ""})`;
  return [
    `${head}`,
    `    ${item.publishedAt ? formatLocalDateTime(new Date(item.publishedAt), env.timeZone) : "无时间"} | ${item.source ?? "无来源"} | ${credits}`,
    ...item.notes.map((note) => `    注意:${note}`),
  ].join("\n");
}

log(`Database: ${describeDatabase()}`);
const db = await getDb();
try {
  if (/\.json$/i.test(target)) {
    const summary = await importContent(db, JSON.parse(await readFile(target, "utf8")));
    if (asJson) console.log(JSON.stringify(summary, null, 2));
    else
      log(
        `Imported ${summary.articles} articles, ${summary.people} people, ${summary.revisions} revisions, ${summary.users} accounts.`,
      );
  } else {
    const files = await readSources(target);
    const summary = await importBatch({ db, actor: SYSTEM_ACTOR }, files, {
      timeZone: env.timeZone,
      publish,
      allowDuplicates,
    });
    if (asJson) {
      console.log(JSON.stringify(summary, null, 2));
    } else {
      for (const item of summary.items) log(line(item));
      log(
        `\n${summary.created} created, ${summary.skipped} skipped, ${summary.failed} failed (${files.length} files).`,
      );
    }
    if (summary.failed > 0) process.exitCode = 1;
  }
} catch (error) {
  if (error instanceof ArchiveRefusedError) {
    console.error(describeArchiveRefusal(getMessages().admin.ui.importLimits, error.refusal));
    process.exitCode = 1;
  } else if (error instanceof ServiceError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await closeDb();
}
