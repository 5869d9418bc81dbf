// Which specs run in which pass of `npm test`. With a PostgreSQL server, npm test runs two passes side
// by side, one on the embedded database and one on PostgreSQL, and each spec runs in one of them
// (E2E_SPLIT=1): running all of them twice took CI past 28 minutes, and the integration layer already
// runs every service on both databases. The embedded pass takes the journeys of the product's default
// set-up (signing in, writing, reviewing, publishing, reading); the PostgreSQL pass the rest and the
// specs that need servers of their own. Without PostgreSQL, the embedded pass runs every spec it can.

/** The embedded database's share of a split run. */
export const EMBEDDED_SHARE = [
  "demo-article.spec.ts",
  "auth.spec.ts",
  "security.spec.ts",
  "article-lifecycle.spec.ts",
  "editor-saves.spec.ts",
  "editor-input.spec.ts",
  "concurrent-editing.spec.ts",
  "newsroom-workflow.spec.ts",
  "review-chain.spec.ts",
  "rich-bodies.spec.ts",
  "sensitive-words.spec.ts",
  "topics-and-live.spec.ts",
  "media.spec.ts",
  "import.spec.ts",
  "public-site.spec.ts",
  "english-mode.spec.ts",
  "language.spec.ts",
  "reprint-fields.spec.ts",
];

/** Specs that make PostgreSQL servers of their own (several app servers, a database that goes away). */
export const POSTGRES_ONLY = ["fleet.spec.ts", "lost-output.spec.ts"];

export interface SpecSelection {
  testMatch?: string[];
  testIgnore: string[];
}

/** The specs of one pass: on PostgreSQL or not, and split between the two passes or not. */
export function specsOf(pass: { postgres: boolean; split: boolean }): SpecSelection {
  if (pass.postgres) return { testIgnore: pass.split ? EMBEDDED_SHARE : [] };
  return pass.split ? { testMatch: EMBEDDED_SHARE, testIgnore: [] } : { testIgnore: POSTGRES_ONLY };
}
