// GET /api/v1/sections, tags, people and topics (lists and single ones).
import "server-only";
import { decodePosition, encodePosition, listDigest } from "@/lib/api/cursor";
import type { ApiCall } from "@/lib/api/handler";
import { envelope } from "@/lib/api/page";
import { badRequest, parseIdParam, parseLimit, parseSlugParam, readQuery } from "@/lib/api/params";
import { ApiProblem } from "@/lib/api/problem";
import { toApiArticleSummary } from "@/lib/api/shape/article";
import { toApiPerson, toApiSection, toApiTag, toApiTopic } from "@/lib/api/shape/taxonomy";
import {
  getApiPeople,
  getApiPerson,
  getApiSection,
  getApiSections,
  getApiTag,
  getApiTags,
  getApiTopicPage,
  getApiTopics,
} from "@/lib/content/api";
import { getSiteSettings } from "@/lib/content/articles";
import { decodeTopicCursor, encodeTopicCursor } from "@/lib/content/topic-queries";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";

type Call<P = Record<string, string>> = ApiCall<P>;

/** A list in id order: where it starts (after the cursor's id) and how long a page is. */
function idPage(call: Call, list: string): { afterId: number; limit: number; digest: string } {
  const query = readQuery(call.url, ["limit", "cursor"], call.m);
  const limit = parseLimit(query.get("limit"), call.m);
  const digest = listDigest(list, {});
  const cursor = query.get("cursor");
  if (cursor === undefined) return { afterId: 0, limit, digest };
  const position = decodePosition(cursor, digest);
  if (!position) throw badRequest(call.m, [{ name: "cursor", reason: call.m.cursor }]);
  return { afterId: position.i, limit, digest };
}

function pageOf<T extends { id: number }, U>(
  call: Call,
  rows: T[],
  limit: number,
  digest: string,
  shape: (row: T) => U,
) {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return envelope(
    call.url,
    shown.map(shape),
    rows.length > limit && last ? encodePosition({ l: digest, i: last.id }) : null,
  );
}

export async function listSections(call: Call) {
  readQuery(call.url, [], call.m);
  const sections = await getApiSections();
  return envelope(
    call.url,
    sections.map((section) => toApiSection(section, env.siteUrl)),
    null,
  );
}

export async function sectionBySlug(call: Call<{ slug: string }>) {
  readQuery(call.url, [], call.m);
  const slug = parseSlugParam("slug", call.params.slug, call.m);
  const section = await getApiSection(slug);
  if (!section) throw new ApiProblem("not_found", call.m.notFound, fill(call.m.sectionNotFound, { slug }));
  return toApiSection(section, env.siteUrl);
}

export async function listTags(call: Call) {
  const { afterId, limit, digest } = idPage(call, "tags");
  return pageOf(call, await getApiTags(afterId, limit), limit, digest, (tag) => toApiTag(tag, env.siteUrl));
}

export async function tagBySlug(call: Call<{ slug: string }>) {
  readQuery(call.url, [], call.m);
  const slug = parseSlugParam("slug", call.params.slug, call.m);
  const tag = await getApiTag(slug);
  if (!tag) throw new ApiProblem("not_found", call.m.notFound, fill(call.m.tagNotFound, { slug }));
  return toApiTag(tag, env.siteUrl);
}

export async function listPeople(call: Call) {
  const { afterId, limit, digest } = idPage(call, "people");
  return pageOf(call, await getApiPeople(afterId, limit), limit, digest, (person) => toApiPerson(person, env.siteUrl));
}

export async function personById(call: Call<{ id: string }>) {
  readQuery(call.url, [], call.m);
  const id = parseIdParam("id", call.params.id, call.m);
  const person = await getApiPerson(id);
  if (!person) throw new ApiProblem("not_found", call.m.notFound, fill(call.m.personNotFound, { id }));
  return toApiPerson(person, env.siteUrl);
}

export async function listTopics(call: Call) {
  const { afterId, limit, digest } = idPage(call, "topics");
  return pageOf(call, await getApiTopics(afterId, limit), limit, digest, (topic) =>
    toApiTopic(topic, env.siteUrl, env.timeZone),
  );
}

/** A topic with a page of its visible articles in the editors' order (summaries; whole ones by id). */
export async function topicBySlug(call: Call<{ slug: string }>) {
  const { m } = call;
  const query = readQuery(call.url, ["limit", "cursor"], m);
  const limit = parseLimit(query.get("limit"), m);
  const slug = parseSlugParam("slug", call.params.slug, m);
  const digest = listDigest("topic", { slug });
  const cursorValue = query.get("cursor");
  const position = cursorValue === undefined ? null : decodePosition(cursorValue, digest);
  if (cursorValue !== undefined && (position === null || position.t === undefined)) {
    throw badRequest(m, [{ name: "cursor", reason: m.cursor }]);
  }
  const inner =
    position && position.t !== undefined ? encodeTopicCursor({ position: position.t, articleId: position.i }) : null;
  const page = await getApiTopicPage(slug, inner, limit);
  if (!page) throw new ApiProblem("not_found", m.notFound, fill(m.topicNotFound, { slug }));
  const settings = await getSiteSettings();
  const options = {
    siteUrl: env.siteUrl,
    timeZone: env.timeZone,
    bylineStyle: settings.bylineStyle,
    messages: call.messages,
  };
  const nextInner = page.next ? decodeTopicCursor(page.next) : null;
  const next = nextInner && encodePosition({ l: digest, t: nextInner.position, i: nextInner.articleId });
  return {
    ...toApiTopic(page.topic, env.siteUrl, env.timeZone),
    articles: envelope(
      call.url,
      page.articles.map((card) => toApiArticleSummary(card, options)),
      next,
    ),
  };
}
