import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffSchemaAgainstMigrations } from "../../scripts/db/schema-engine";
import { ADMIN_URL } from "../support/postgres";

describe("prisma/schema.prisma and prisma/migrations", () => {
  it("agree: replaying every migration gives exactly the schema (else run npm run db:migration -- <name>)", async () => {
    const schema = await readFile(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
    const sql = await diffSchemaAgainstMigrations(schema, path.join(process.cwd(), "prisma/migrations"), {
      kind: "postgres",
      url: ADMIN_URL,
    });
    expect(sql).toBe("");
  });
});
