// Seeds the benchmark's database (already set up with the demo article): N generated articles.
import { closeDb, getDb } from "@/lib/db";
import { seedArticles } from "../db/seed-articles";

const count = Number(process.argv[2] ?? 10_000);
const started = Date.now();
const range = await seedArticles(await getDb(), count, { log: (line) => console.log(line) });
console.log(
  `Seeded ${count} articles (ids ${range.first}–${range.last}) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
await closeDb();
