// The export file: every piece of content, with the ids it had, so an import into an empty instance
// reproduces it exactly. Accounts travel without passwords.
import { z } from "zod";
import { articleColumnsJsonShape, articleContentSchema } from "@/lib/validations/article-content";

const date = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const nullableDate = date.nullable();
const json = z.unknown();

export const exportSchema = z.object({
  format: z.literal("masthead-export"),
  version: z.literal(1),
  exportedAt: z.string(),
  users: z.array(
    z.object({
      id: z.number(),
      email: z.string(),
      name: z.string(),
      role: z.enum(["ADMIN", "EDITOR", "REPORTER"]),
      disabledAt: nullableDate,
      createdAt: date,
    }),
  ),
  creditRoles: z.array(
    z.object({
      key: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      placement: z.enum(["BYLINE", "CLOSING"]),
      position: z.number(),
      builtIn: z.boolean(),
    }),
  ),
  sections: z.array(
    z.object({
      id: z.number(),
      slug: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      position: z.number(),
    }),
  ),
  tags: z.array(z.object({ id: z.number(), slug: z.string(), name: z.string() })),
  people: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      affiliation: z.string().nullable(),
      bio: z.string().nullable(),
      userId: z.number().nullable(),
      createdAt: date,
    }),
  ),
  media: z.array(
    z.object({
      id: z.number(),
      storageKey: z.string(),
      mimeType: z.string(),
      width: z.number(),
      height: z.number(),
      bytes: z.number(),
      originalName: z.string().nullable(),
      alt: z.string(),
      caption: z.string().nullable(),
      credit: z.string().nullable(),
      variants: json,
      createdAt: date,
      createdById: z.number().nullable(),
    }),
  ),
  // The sensitive-word list; an export older than it has none.
  sensitivePhrases: z
    .array(
      z.object({
        id: z.number(),
        phrase: z.string().min(1),
        level: z.enum(["BLOCK", "WARN"]),
        replacement: z.string().nullable(),
        note: z.string().nullable(),
        createdAt: date,
        updatedAt: date,
      }),
    )
    .default([]),
  // The review chain (三审); an export older than it has none, and the instance keeps its own stages.
  reviewStages: z
    .array(
      z.object({
        id: z.number(),
        position: z.number(),
        name: z.string(),
        roles: z.array(z.enum(["ADMIN", "EDITOR", "REPORTER"])),
        userIds: z.array(z.number()),
        createdAt: date,
      }),
    )
    .default([]),
  articles: z.array(
    z.object({
      id: z.number(),
      // The declared fields kept in columns, as revisions keep them; an export older than a field has none.
      ...articleColumnsJsonShape,
      status: z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED"]),
      publishedAt: nullableDate,
      firstPublishedAt: nullableDate,
      scheduledAt: nullableDate,
      embargoUntil: nullableDate,
      embargoLiftedAt: nullableDate,
      liveClosedAt: nullableDate.default(null),
      modifiedAt: nullableDate,
      reviewNote: z.string().nullable(),
      deletedAt: nullableDate,
      featuredAt: nullableDate.default(null),
      retractedAt: nullableDate.default(null),
      retractionNote: z.string().nullable().default(null),
      version: z.number(),
      /** Revoked preview links stay revoked on the instance the export is loaded into. */
      previewGeneration: z.number().int().min(0).default(0),
      createdById: z.number().nullable(),
      updatedById: z.number().nullable(),
      createdAt: date,
      updatedAt: date,
      credits: z.array(
        z.object({
          personId: z.number(),
          roleKey: z.string(),
          position: z.number(),
          affiliation: z.string().nullable(),
        }),
      ),
      tags: z.array(z.object({ tagId: z.number(), position: z.number() })),
      corrections: z.array(
        z.object({
          id: z.number(),
          kind: z.enum(["CORRECTION", "UPDATE"]),
          text: z.string(),
          createdAt: date,
          authorId: z.number().nullable(),
        }),
      ),
      revisions: z.array(
        z.object({
          id: z.number(),
          version: z.number(),
          kind: z.enum(["SAVE", "AUTOSAVE", "RESTORE", "CONFLICT"]),
          authorId: z.number().nullable(),
          createdAt: date,
          // Kept as written, but it must read as content (a body the schema refuses, such as a video
          // from a site outside the allow-list, would only fail later, when someone restores it).
          snapshot: json.refine((snapshot) => articleContentSchema.safeParse(snapshot).success, {
            message: "a revision snapshot that is not article content",
          }),
        }),
      ),
      // Live coverage; an export made before it existed has none.
      liveEntries: z
        .array(
          z.object({
            id: z.number(),
            body: json,
            imageId: z.number().nullable(),
            personId: z.number().nullable(),
            credit: z.string().nullable(),
            pinned: z.boolean(),
            createdAt: date,
            updatedAt: date,
            deletedAt: nullableDate,
          }),
        )
        .default([]),
      reviewSignOffs: z
        .array(
          z.object({
            id: z.number(),
            stageId: z.number().nullable(),
            stageName: z.string(),
            override: z.boolean(),
            userId: z.number().nullable(),
            revisionId: z.number().nullable(),
            contentHash: z.string(),
            note: z.string().nullable(),
            createdAt: date,
            invalidatedAt: nullableDate,
            invalidatedReason: z.string().nullable(),
          }),
        )
        .default([]),
    }),
  ),
  // 专题, with their articles in order; an export made before topics existed has none.
  topics: z
    .array(
      z.object({
        id: z.number(),
        slug: z.string(),
        title: z.string(),
        description: z.string().nullable(),
        coverId: z.number().nullable(),
        createdAt: date,
        updatedAt: date,
        articles: z.array(z.object({ articleId: z.number(), position: z.number() })),
      }),
    )
    .default([]),
});

export type MastheadExport = z.input<typeof exportSchema>;
