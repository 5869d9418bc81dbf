import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REFERENCE_TITLE, referenceText } from "../../support/reference-article";

const run = promisify(execFile);

describe("the import command", () => {
  it("prints a machine-readable summary with --json", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "masthead-cli-"));
    const file = path.join(dir, "wire.txt");
    await writeFile(file, referenceText.replace(REFERENCE_TITLE, `${REFERENCE_TITLE}(命令行)`));
    const env = { ...process.env, MASTHEAD_DATA_DIR: path.join(dir, "db"), DATABASE_URL: "" };
    await run("npx", ["tsx", "--conditions=react-server", "scripts/setup.ts", "--no-demo"], { env });
    const { stdout } = await run(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/import.ts", file, "--json", "--publish"],
      { env },
    );
    const summary = JSON.parse(stdout) as {
      created: number;
      items: Array<{ title: string; credits: Array<{ role: string; name: string; affiliation: string | null }> }>;
    };
    expect(summary.created).toBe(1);
    expect(summary.items[0]?.credits).toEqual([
      { role: "REPORTER", roleName: "记者", name: "陈明", affiliation: "中华工商时报" },
      { role: "CORRESPONDENT", roleName: "通讯员", name: "苏显中", affiliation: null },
      { role: "CORRESPONDENT", roleName: "通讯员", name: "廖生权", affiliation: null },
      { role: "EDITOR", roleName: "编辑", name: "张晖", affiliation: null },
    ]);

    // The same story again, under another headline: skipped, and the JSON names the article it repeats.
    const copy = path.join(dir, "copy.txt");
    await writeFile(copy, referenceText.replace(REFERENCE_TITLE, "同一篇稿件换了标题"));
    const importJson = async (...flags: string[]) =>
      JSON.parse(
        (await run("npx", ["tsx", "--conditions=react-server", "scripts/import.ts", copy, "--json", ...flags], { env }))
          .stdout,
      ) as { created: number; skipped: number; items: Array<{ status: string; duplicateOf?: unknown }> };
    const again = await importJson();
    expect([again.created, again.skipped]).toEqual([0, 1]);
    expect(again.items[0]?.duplicateOf).toEqual({
      id: 1,
      title: `${REFERENCE_TITLE}(命令行)`,
      distance: 0,
      path: "/admin/articles/1",
    });
    expect((await importJson("--allow-duplicates")).created).toBe(1);
  }, 180_000);
});
