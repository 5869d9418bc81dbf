// Fills the benchmark's database: migrations, the demo article, and N variations of it.
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { closeDb, getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { importWireCopy } from "@/lib/import/wire-copy-import";
import { loadDemoContent, DEMO_DIR } from "@/lib/services/demo/load-demo-content";
import { readFileSync } from "node:fs";
import path from "node:path";
import { runMigrations } from "./db/run-migrations";

const count = Number(process.argv[2] ?? 500);
await runMigrations();
const db = await getDb();
await loadDemoContent(db, env.timeZone);
const reference = readFileSync(path.join(DEMO_DIR, "000_c264ab0ec7295aae.txt"), "utf8");
const title = reference.split("\n")[0] ?? "";
const started = performance.now();
for (let index = 1; index <= count; index += 1) {
  const day = String((index % 28) + 1).padStart(2, "0");
  const text = reference.replace(title, `${title}(${index})`).replace("2022年08月05日", `2022年08月${day}日`);
  await importWireCopy({ db, actor: SYSTEM_ACTOR }, text, { timeZone: env.timeZone, publish: true });
}
console.log(`Seeded ${count} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await closeDb();
