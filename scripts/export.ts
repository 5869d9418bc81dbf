// npm run export -- [file] — all content as one JSON document (stdout when no file is given).
import { writeFile } from "node:fs/promises";
import { closeDb, getDb } from "@/lib/db";
import { exportContent } from "@/lib/export/export-content";

const target = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
try {
  const document = JSON.stringify(await exportContent(await getDb()), null, 2);
  if (target) {
    await writeFile(target, document);
    console.error(`Exported to ${target}`);
  } else {
    process.stdout.write(`${document}\n`);
  }
} finally {
  await closeDb();
}
