// The OpenAPI 3.1 description of the content API, served at /api/v1/openapi.json. Written as data
// beside the code it describes; tests/integration/content-api.test.ts validates it against the
// OpenAPI 3.1 schema and validates real answers of every endpoint against its schemas.
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/api/params";
import { bodySchemas } from "@/lib/api/openapi/body-schema";
import { schemas } from "@/lib/api/openapi/schemas";

const json = (schema: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

const RATE_HEADERS = {
  "RateLimit-Limit": header("RateLimitLimit"),
  "RateLimit-Remaining": header("RateLimitRemaining"),
  "RateLimit-Reset": header("RateLimitReset"),
  "RateLimit-Policy": header("RateLimitPolicy"),
};

function ok(schema: string, description: string) {
  return {
    description,
    headers: { ETag: header("ETag"), "Cache-Control": header("CacheControl"), ...RATE_HEADERS },
    content: json(schema),
  };
}

const ALWAYS = {
  "304": { $ref: "#/components/responses/NotModified" },
  "400": { $ref: "#/components/responses/BadRequest" },
  "401": { $ref: "#/components/responses/Unauthorized" },
  "429": { $ref: "#/components/responses/TooManyRequests" },
};

function get(operationId: string, summary: string, schema: string, parameters: object[], extra: object = {}) {
  return {
    get: {
      operationId,
      summary,
      parameters: [...parameters, param("IfNoneMatch")],
      responses: { "200": ok(schema, summary), ...ALWAYS, ...extra },
    },
  };
}

const NOT_FOUND = { "404": { $ref: "#/components/responses/NotFound" } };
const PAGE = [param("Limit"), param("Cursor")];

export function openApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Masthead content API",
      version: "1.0.0",
      description:
        "Read-only access to published content: what the public site shows, nothing else (no drafts, scheduled, embargoed, trashed or retracted articles). Every request needs an API key, made by an admin at /admin/api-keys. Lists are paged by keyset: pass `nextCursor` back as `cursor`.",
    },
    servers: [{ url: `${siteUrl}/api/v1` }],
    security: [{ bearer: [] }, { apiKeyHeader: [] }],
    paths: {
      "/articles": get("listArticles", "Published articles, newest first", "ArticleList", [
        ...PAGE,
        param("Section"),
        param("Tag"),
        param("Person"),
        param("UpdatedSince"),
      ]),
      "/articles/{id}": get("getArticle", "One published article", "Article", [param("ArticleId")], {
        ...NOT_FOUND,
        "410": problem("The article was retracted; the problem carries the notice (`retraction`)."),
      }),
      "/sections": get("listSections", "Every section", "SectionList", []),
      "/sections/{slug}": get("getSection", "One section", "Section", [param("Slug")], NOT_FOUND),
      "/tags": get("listTags", "Tags carried by published articles", "TagList", PAGE),
      "/tags/{slug}": get("getTag", "One tag", "Tag", [param("Slug")], NOT_FOUND),
      "/people": get("listPeople", "People credited on published articles", "PersonList", PAGE),
      "/people/{id}": get("getPerson", "One person", "Person", [param("PersonId")], NOT_FOUND),
      "/topics": get("listTopics", "Topics that show published articles", "TopicList", PAGE),
      "/topics/{slug}": get(
        "getTopic",
        "One topic, with a page of its articles in the editors' order",
        "TopicWithArticles",
        [param("Slug"), ...PAGE],
        NOT_FOUND,
      ),
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Authorization: Bearer mh_live_…" },
        apiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key" },
      },
      parameters: {
        Limit: {
          name: "limit",
          in: "query",
          description: `Items a page (default ${DEFAULT_LIMIT}).`,
          schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        Cursor: {
          name: "cursor",
          in: "query",
          description:
            "The `nextCursor` of the previous page, unchanged. It belongs to the list (and filters) it came from.",
          schema: { type: "string", maxLength: 200 },
        },
        Section: { name: "section", in: "query", description: "A section's slug.", schema: { type: "string" } },
        Tag: { name: "tag", in: "query", description: "A tag's slug.", schema: { type: "string" } },
        Person: {
          name: "person",
          in: "query",
          description: "A person's id: the articles crediting them.",
          schema: { type: "integer", minimum: 1 },
        },
        UpdatedSince: {
          name: "updatedSince",
          in: "query",
          description: "Articles modified (or published) at or after this time; RFC 3339 with an offset.",
          schema: { type: "string", format: "date-time" },
        },
        ArticleId: { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
        PersonId: { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
        Slug: { name: "slug", in: "path", required: true, schema: { type: "string", maxLength: 200 } },
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          description: "An ETag from an earlier answer: 304 when it is still current.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: { description: "Validator of the answer's bytes.", schema: { type: "string" } },
        CacheControl: {
          description:
            "`private, no-cache`: clients may keep the answer and revalidate; shared caches may not keep it.",
          schema: { type: "string" },
        },
        RateLimitLimit: { description: "Requests a minute allowed to this key.", schema: { type: "integer" } },
        RateLimitRemaining: { description: "Requests left in this window.", schema: { type: "integer" } },
        RateLimitReset: { description: "Seconds until the window restarts.", schema: { type: "integer" } },
        RateLimitPolicy: { description: "The limit and its window, e.g. 600;w=60.", schema: { type: "string" } },
        RetryAfter: { description: "Seconds to wait.", schema: { type: "integer" } },
      },
      responses: {
        NotModified: { description: "The copy named by If-None-Match is current.", headers: { ETag: header("ETag") } },
        BadRequest: problem("A parameter is malformed, unknown, repeated or out of range; `invalidParams` names each."),
        Unauthorized: {
          ...problem("No API key, or an unknown or revoked one."),
          headers: { "WWW-Authenticate": { schema: { type: "string" } } },
        },
        NotFound: problem("Nothing public by that id or slug."),
        TooManyRequests: {
          ...problem("The key's rate limit is spent for this window."),
          headers: { "Retry-After": header("RetryAfter"), ...RATE_HEADERS },
        },
      },
      schemas: { ...schemas, ...bodySchemas() },
    },
  };
}
