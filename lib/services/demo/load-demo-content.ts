// Demo content for a new installation: sections, and wire copy in content/demo loaded through the
// same parser and article service an editor's import uses, then published. A file may have a sidecar
// <name>.json naming its section and tags.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseWireCopy } from "@/lib/newsroom/wire-copy";
import { saveArticle } from "@/lib/services/articles/save-article";

export const DEMO_DIR = path.join(process.cwd(), "content/demo");

const sectionsSchema = z.array(
  z.object({ slug: z.string(), name: z.string(), description: z.string().nullable(), position: z.number() }),
);
const sidecarSchema = z.object({ section: z.string().optional(), tags: z.array(z.string()).default([]) });

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
}

/** Loads the demo when the database has no articles yet; returns the titles it published. */
export async function loadDemoContent(db: PrismaClient, timeZone: string, dir = DEMO_DIR): Promise<string[]> {
  if ((await db.article.count()) > 0) return [];
  for (const section of sectionsSchema.parse((await readJson(path.join(dir, "sections.json"))) ?? [])) {
    await db.section.upsert({ where: { slug: section.slug }, create: section, update: {} });
  }
  const files = (await readdir(dir)).filter((file) => file.endsWith(".txt")).sort();
  const titles: string[] = [];
  for (const file of files) {
    const copy = parseWireCopy(await readFile(path.join(dir, file), "utf8"), timeZone);
    const sidecar = sidecarSchema.parse((await readJson(path.join(dir, file.replace(/\.txt$/, ".json")))) ?? {});
    const section = sidecar.section ? await db.section.findUnique({ where: { slug: sidecar.section } }) : null;
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
        sectionId: section?.id ?? null,
        coverMediaId: null,
        tags: sidecar.tags,
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
