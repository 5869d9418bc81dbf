// What an article is made of, declared once. The form's schema and values, the revision snapshot and
// its diff, the export file and the service's column mapping are all derived from this list
// (article-content.ts, article-form-values.ts, lib/newsroom/article-snapshot.ts,
// lib/services/articles/article-columns.ts), and the field's labels live in
// lib/i18n/messages/article-fields.ts. A new field: a migration, one line here, its labels there.
import { body, cover, credits, flag, requiredText, section, tags, text, time, url } from "./article-field-kinds";

const TITLE_MAX = 200;
const SHORT_MAX = 100;
const SUMMARY_MAX = 500;

/** The editor draws the fields of a group together, in this order, after the head of the form. */
export const ARTICLE_FIELD_GROUPS = {
  head: { columns: 1, legend: false },
  details: { columns: 2, legend: false },
  reprint: { columns: 2, legend: true },
  live: { columns: 2, legend: true },
} as const;

export type ArticleFieldGroup = keyof typeof ARTICLE_FIELD_GROUPS;

const inGroup = <Field extends object>(group: ArticleFieldGroup | null, field: Field) => ({ ...field, group });

/** Every field an editor sets on an article, in the order the history lists changes. */
export const ARTICLE_FIELDS = {
  kicker: inGroup("head", text({ max: SHORT_MAX })),
  title: inGroup("head", requiredText({ max: TITLE_MAX })),
  subtitle: inGroup("head", text({ max: TITLE_MAX })),
  summary: inGroup("head", text({ max: SUMMARY_MAX, widget: "lines" })),
  source: inGroup("details", text({ max: SHORT_MAX })),
  sourceUrl: inGroup("details", url()),
  sectionId: inGroup("details", section()),
  tags: inGroup("details", tags({ max: 20, maxEach: 30 })),
  publishedAt: inGroup("details", time()),
  embargoUntil: inGroup("details", time()),
  takedownAt: inGroup("details", time()),
  originalAuthor: inGroup("reprint", text({ max: SHORT_MAX })),
  originalTitle: inGroup("reprint", text({ max: TITLE_MAX })),
  originalUrl: inGroup("reprint", url()),
  isLive: inGroup("live", flag()),
  liveEndsAt: inGroup("live", time()),
  credits: inGroup(null, credits({ startWith: ["REPORTER", "CORRESPONDENT", "EDITOR"] })),
  coverMediaId: inGroup(null, cover()),
  body: inGroup(null, body({ maxChars: 500_000 })),
};

/**
 * Columns of Article that are not set by editing the article, and who sets them instead. A column in
 * neither list fails tests/unit/article-fields.test.ts: it would be saved by nobody.
 */
export const ARTICLE_COLUMNS_NOT_EDITED = {
  id: "the database",
  status: "the workflow (lib/services/articles/transition.ts)",
  firstPublishedAt: "the workflow",
  scheduledAt: "the workflow: a schedule request carries its time",
  embargoLiftedAt: "the scheduler, once an embargo has ended",
  liveClosedAt: "the scheduler, once live coverage has reached its end time",
  modifiedAt: "publication, corrections and saves of a live article",
  reviewNote: "the workflow: an editor's note when sending back",
  deletedAt: "the trash",
  featuredAt: "curation",
  retractedAt: "curation (retraction)",
  retractionNote: "curation (retraction)",
  searchVector: "the search index (lib/search), derived from the content",
  simhash: "every save, from the body: near-duplicate detection (lib/services/articles/fingerprint.ts)",
  simhashBands: "every save, with simhash",
  version: "every save, for conflict detection",
  previewGeneration: "revoking preview links (lib/services/articles/preview.ts)",
  createdById: "the service: who created it",
  updatedById: "the service: who saved last",
  createdAt: "the database",
  updatedAt: "the database",
} as const;
