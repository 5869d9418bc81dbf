// Demo content for a new installation: wire copy in content/demo, loaded through the same parser
// and article service an editor's import uses, and published.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseWireCopy } from "@/lib/newsroom/wire-copy";
import { saveArticle } from "@/lib/services/articles/save-article";

export const DEMO_DIR = path.join(process.cwd(), "content/demo");

/** Loads every demo file when the database has no articles yet; returns the titles it published. */
export async function loadDemoContent(db: PrismaClient, timeZone: string, dir = DEMO_DIR): Promise<string[]> {
  if ((await db.article.count()) > 0) return [];
  const files = (await readdir(dir)).filter((file) => file.endsWith(".txt")).sort();
  const titles: string[] = [];
  for (const file of files) {
    const copy = parseWireCopy(await readFile(path.join(dir, file), "utf8"), timeZone);
    await saveArticle(
      { db, actor: SYSTEM_ACTOR },
      {
        kicker: null,
        title: copy.title,
        subtitle: null,
        summary: null,
        body: copy.body,
        source: copy.source,
        sourceUrl: null,
        sectionId: null,
        tags: [],
        publishedAt: copy.publishedAt,
        embargoUntil: null,
        credits: copy.credits.map(({ role, name, affiliation }) => ({ roleKey: role, name, affiliation })),
        then: { action: "publish" },
      },
    );
    titles.push(copy.title);
  }
  return titles;
}
