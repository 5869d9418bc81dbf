// GET /api/v1/articles and /api/v1/articles/{id}.
import "server-only";
import { decodePosition, encodePosition, listDigest } from "@/lib/api/cursor";
import type { ApiCall } from "@/lib/api/handler";
import { envelope } from "@/lib/api/page";
import { badRequest, parseDateTime, parseIdParam, parseLimit, parseSlugParam, readQuery } from "@/lib/api/params";
import { ApiProblem } from "@/lib/api/problem";
import { toApiArticle, type ShapeOptions } from "@/lib/api/shape/article";
import { isoWithOffset } from "@/lib/newsroom/time";
import {
  getApiArticle,
  getApiArticlePage,
  getApiPerson,
  getApiRetraction,
  getApiSection,
  getApiTag,
} from "@/lib/content/api";
import type { ApiArticleFilter } from "@/lib/content/api-queries";
import { getSiteSettings } from "@/lib/content/articles";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";

export const ARTICLE_LIST_PARAMS = ["limit", "cursor", "section", "tag", "person", "updatedSince"] as const;

async function shapeOptions(call: ApiCall<Record<string, string>>): Promise<ShapeOptions> {
  const settings = await getSiteSettings();
  return { siteUrl: env.siteUrl, timeZone: env.timeZone, bylineStyle: settings.bylineStyle, messages: call.messages };
}

/** The filters, each checked against what exists: an unknown section or tag is a 400, not an empty list. */
async function filterOf(query: Map<string, string>, m: ApiCall<never>["m"]): Promise<ApiArticleFilter> {
  const filter: ApiArticleFilter = {};
  const section = query.get("section");
  if (section !== undefined) {
    const found = await getApiSection(parseSlugParam("section", section, m));
    if (!found) throw badRequest(m, [{ name: "section", reason: fill(m.section, { value: section }) }]);
    filter.sectionId = found.id;
  }
  const tag = query.get("tag");
  if (tag !== undefined) {
    const found = await getApiTag(parseSlugParam("tag", tag, m));
    if (!found) throw badRequest(m, [{ name: "tag", reason: fill(m.tag, { value: tag }) }]);
    filter.tagId = found.id;
  }
  const person = query.get("person");
  if (person !== undefined) {
    const found = await getApiPerson(parseIdParam("person", person, m));
    if (!found) throw badRequest(m, [{ name: "person", reason: fill(m.person, { value: person }) }]);
    filter.personId = found.id;
  }
  const since = query.get("updatedSince");
  if (since !== undefined) filter.updatedSince = parseDateTime("updatedSince", since, m).toISOString();
  return filter;
}

export async function listArticles(call: ApiCall<Record<string, string>>) {
  const { m } = call;
  const query = readQuery(call.url, ARTICLE_LIST_PARAMS, m);
  const limit = parseLimit(query.get("limit"), m);
  const filter = await filterOf(query, m);
  const digest = listDigest("articles", { ...filter });
  const cursorValue = query.get("cursor");
  const position = cursorValue === undefined ? null : decodePosition(cursorValue, digest);
  if (cursorValue !== undefined && (position === null || position.t === undefined)) {
    throw badRequest(m, [{ name: "cursor", reason: m.cursor }]);
  }
  const page = await getApiArticlePage(
    filter,
    position?.t !== undefined ? new Date(position.t).toISOString() : null,
    position?.i ?? null,
    limit,
  );
  const options = await shapeOptions(call);
  const next =
    page.next && encodePosition({ l: digest, t: new Date(page.next.publishedAt).getTime(), i: page.next.id });
  return envelope(
    call.url,
    page.items.map((item) => toApiArticle(item, options)),
    next,
  );
}

/**
 * A retracted article answers 410 Gone with its notice, as its page does: it was public once, and a
 * client that holds a copy should learn to take it down. Anything else readers may not see is a 404.
 */
export async function articleById(call: ApiCall<{ id: string }>) {
  const { m } = call;
  readQuery(call.url, [], m);
  const id = parseIdParam("id", call.params.id, m);
  const record = await getApiArticle(id);
  if (record) return toApiArticle(record, await shapeOptions(call));
  const retraction = await getApiRetraction(id);
  if (retraction) {
    const at = isoWithOffset(retraction.at, env.timeZone);
    throw new ApiProblem("gone", m.gone, fill(m.goneDetail, { title: retraction.title, at }), {
      retraction: { id: retraction.id, title: retraction.title, note: retraction.note, retractedAt: at },
    });
  }
  throw new ApiProblem("not_found", m.notFound, fill(m.articleNotFound, { id }));
}
