// Route handlers' parameters, each parsed by a zod schema in one step (Next has decoded them once;
// nothing decodes them again). A parameter that fails names nothing: the handler answers 404.
import { z } from "zod";
import { isMediaKey } from "@/lib/media/keys";

export function parseParams<Schema extends z.ZodType>(schema: Schema, params: unknown): z.output<Schema> | null {
  const parsed = schema.safeParse(params);
  return parsed.success ? parsed.data : null;
}

/** `feed.xml`, `atom.xml` or `feed.json`. */
export const feedFileSchema = z.enum(["feed.xml", "atom.xml", "feed.json"]);

/** `/sitemaps/<file>`: the index, the pages, the news sitemap. */
export const sitemapFileSchema = z.enum(["index.xml", "pages.xml", "news.xml"]);

/** `/sitemaps/articles/<n>.xml`: the block number n. */
export const sitemapChunkSchema = z
  .string()
  .regex(/^\d{1,6}\.xml$/)
  .transform((file) => Number(file.slice(0, -".xml".length)));

/** `/media/<key>`: only keys the library makes (`<24 hex>/original.jpg`). */
export const mediaKeySchema = z
  .array(z.string().max(100))
  .max(4)
  .transform((segments) => segments.join("/"))
  .refine(isMediaKey);
