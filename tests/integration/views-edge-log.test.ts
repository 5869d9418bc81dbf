// VIEWS_SOURCE=edge-log end to end, short of the app: the shipped nginx files (scripts/edge-config.ts,
// only the log's folder changed) in front of a stand-in for the app, readers and bots asking through it,
// the tailer reading nginx's views log, and the counts landing in the database's rows.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { saveArticle } from "@/lib/services/articles/save-article";
import { createViewCounter } from "@/lib/views/counter";
import { countEdgeLogLine, type LineOutcome } from "@/lib/views/edge-log";
import { writeViews } from "@/lib/views/flush";
import { LogTailer } from "@/lib/views/log-tailer";
import { edgeViewsLog, nginxEdgeConfig } from "../../scripts/edge-config";
import { articleInput, contextFor, createStaff, publishedArticle } from "../support/factories";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

let dir = "";
let app: Server | undefined;
let nginx: ChildProcess | undefined;
let base = "";

/** The app's stand-in: a cacheable page for the ids it knows, 404 for anything else. */
function startApp(pages: Set<string>): Promise<number> {
  app = createServer((req, res) => {
    const found = pages.has((req.url ?? "").split("?")[0] ?? "");
    res.writeHead(found ? 200 : 404, { "Cache-Control": "public, s-maxage=1", "Content-Type": "text/html" });
    res.end(found ? "<p>page</p>" : "<p>missing</p>");
  });
  return new Promise((resolve) => app?.listen(0, "127.0.0.1", () => resolve((app?.address() as AddressInfo).port)));
}

async function nginxReady(): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error("nginx did not start (Debian: apt-get install nginx-light)");
}

let visible = 0;
let draft = 0;

beforeAll(async () => {
  const ctx = await contextFor(await createStaff("EDITOR"));
  visible = (await publishedArticle(ctx)).id;
  draft = (await saveArticle(ctx, articleInput())).id;
  const appPort = await startApp(new Set([`/articles/${visible}`, `/articles/${draft}`]));
  dir = mkdtempSync(path.join(tmpdir(), "masthead-edge-log-"));
  // A port of this run's own: the two database projects may run this file at the same time.
  const listen = 20_000 + Math.floor(Math.random() * 20_000);
  base = `http://127.0.0.1:${listen}`;
  writeFileSync(path.join(dir, "nginx.conf"), nginxEdgeConfig(dir, { app: appPort, listen }));
  nginx = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "inherit" });
  await nginxReady();
});

afterAll(() => {
  nginx?.kill("SIGTERM");
  app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("views from the shipped nginx's log", () => {
  it("counts readers' article pages, from its cache or the app, and writes them for visible articles", async () => {
    const counter = createViewCounter({ timeZone: "Asia/Shanghai", dedupeMs: 0 });
    const outcomes: LineOutcome[] = [];
    const tailer = new LogTailer({
      path: edgeViewsLog(dir),
      onLine: (line) => outcomes.push(countEdgeLogLine(line, counter)),
    });
    await tailer.start();
    const ask = async (url: string, headers: Record<string, string> = { "user-agent": CHROME }, method = "GET") => {
      const response = await fetch(`${base}${url}`, { method, headers });
      await response.arrayBuffer();
      return response;
    };
    const first = await ask(`/articles/${visible}`);
    const second = await ask(`/articles/${visible}`);
    // The second reader is answered by nginx's cache: the app never sees it, the log does.
    expect([first.headers.get("x-cache-status"), second.headers.get("x-cache-status")]).toEqual(["MISS", "HIT"]);
    await ask(`/articles/${visible}?from=%E5%A4%B4%E6%9D%A1`);
    await ask(`/articles/${draft}`);
    await ask(`/articles/${visible}`, { "user-agent": GOOGLEBOT });
    await ask(`/articles/${visible}`, { "user-agent": CHROME, "sec-purpose": "prefetch" });
    await ask(`/articles/${visible}`, { "user-agent": CHROME }, "HEAD");
    await ask("/articles/%E6%96%B0%E9%97%BB");
    await ask("/sections/local");

    // A graceful stop writes nginx's log buffer out; nothing waits on its once-a-second flush.
    const stopped = new Promise((resolve) => nginx?.once("exit", resolve));
    nginx?.kill("SIGQUIT");
    await stopped;
    await tailer.poll();
    await tailer.stop();

    // Every article request is logged (the section page is not), and nothing is malformed.
    expect(outcomes).toEqual(["counted", "counted", "counted", "counted", "skipped", "skipped", "skipped", "skipped"]);
    const result = await writeViews(await getDb(), counter.tally.drain(), new Date());
    expect(result).toMatchObject({ views: 3, refused: 1, articles: [visible] });
    const db = await getDb();
    const days = await db.articleViewDay.findMany({ where: { articleId: { in: [visible, draft] } } });
    expect(days.map((row) => [row.articleId, row.views])).toEqual([[visible, 3]]);
    expect(await db.articleViewHour.count({ where: { articleId: draft } })).toBe(0);
  });
});
