import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_SHARE, POSTGRES_ONLY, specsOf } from "@/e2e/support/passes";

const specs = readdirSync(path.join(import.meta.dirname, "../../e2e")).filter((name) => name.endsWith(".spec.ts"));

describe("the e2e passes of npm test", () => {
  it("name only specs that exist, each once", () => {
    for (const name of [...EMBEDDED_SHARE, ...POSTGRES_ONLY]) expect(specs).toContain(name);
    expect(new Set(EMBEDDED_SHARE).size).toBe(EMBEDDED_SHARE.length);
    expect(EMBEDDED_SHARE.filter((name) => POSTGRES_ONLY.includes(name))).toEqual([]);
  });

  it("split, run every spec in exactly one pass; PostgreSQL-only specs only on PostgreSQL", () => {
    const embedded = specsOf({ postgres: false, split: true });
    const postgres = specsOf({ postgres: true, split: true });
    for (const name of specs) {
      const inEmbedded = embedded.testMatch?.includes(name) ?? false;
      const inPostgres = !postgres.testIgnore.includes(name);
      expect([name, inEmbedded !== inPostgres]).toEqual([name, true]);
    }
    expect(embedded.testMatch).not.toContain("fleet.spec.ts");
  });

  it("alone, run on the embedded database everything but the PostgreSQL-only specs", () => {
    expect(specsOf({ postgres: false, split: false })).toEqual({ testIgnore: POSTGRES_ONLY });
    expect(specsOf({ postgres: true, split: false })).toEqual({ testIgnore: [] });
  });
});
