import { createServer, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isReaderRender, ReaderGate } from "@/lib/server/reader-gate";

/** A server whose readers' renders hold their response until the test lets them finish. */
function gatedServer(gate: ReaderGate) {
  const started: string[] = [];
  const held = new Map<string, ServerResponse>();
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const render = () => {
      started.push(url);
      held.set(url, res);
    };
    if (isReaderRender(req.method, url, req.headers)) gate.admit(res, render);
    else res.end("staff");
  });
  return { server, started, finish: (url: string) => held.get(url)?.end(`done ${url}`) };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

/** A GET whose body is awaited; `abort()` closes the connection before the answer. */
function get(port: number, path: string, method = "GET") {
  let abort = () => {};
  const body = new Promise<string>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, agent: false }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve(text));
    });
    req.on("error", reject);
    abort = () => req.destroy();
    req.end();
  });
  return { body, abort: () => abort() };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
};

let open: Server | undefined;
afterEach(() => {
  open?.closeAllConnections();
  open?.close();
  open = undefined;
});

describe("ReaderGate", () => {
  it("runs at most its slots of readers' renders at once and starts the next when one ends", async () => {
    const gate = new ReaderGate(2);
    const { server, started, finish } = gatedServer(gate);
    open = server;
    const port = await listen(server);
    const a = get(port, "/articles/1");
    const b = get(port, "/articles/2");
    await until(() => started.length === 2);
    const c = get(port, "/articles/3");
    await until(() => gate.stats().waiting === 1);
    expect(started).toEqual(["/articles/1", "/articles/2"]);
    finish("/articles/1");
    expect(await a.body).toBe("done /articles/1");
    await until(() => started.length === 3);
    expect(started[2]).toBe("/articles/3");
    finish("/articles/2");
    finish("/articles/3");
    expect(await b.body).toBe("done /articles/2");
    expect(await c.body).toBe("done /articles/3");
    expect(gate.stats()).toEqual({ running: 0, waiting: 0, queued: 1, abandoned: 0 });
  });

  it("lets staff requests past a full gate", async () => {
    const gate = new ReaderGate(1);
    const { server, started } = gatedServer(gate);
    open = server;
    const port = await listen(server);
    void get(port, "/articles/1").body.catch(() => {});
    await until(() => started.length === 1);
    expect(await get(port, "/admin/articles/1").body).toBe("staff");
    expect(await get(port, "/api/v1/articles").body).toBe("staff");
    expect(await get(port, "/articles/1", "POST").body).toBe("staff");
    expect(gate.stats().running).toBe(1);
  });

  it("never renders for a reader who left while waiting, and frees a slot whose reader left mid-render", async () => {
    const gate = new ReaderGate(1);
    const { server, started, finish } = gatedServer(gate);
    open = server;
    const port = await listen(server);
    const first = get(port, "/articles/1");
    first.body.catch(() => {});
    await until(() => started.length === 1);
    const leaver = get(port, "/articles/2");
    leaver.body.catch(() => {});
    await until(() => gate.stats().waiting === 1);
    leaver.abort();
    await until(() => gate.stats().abandoned === 1);
    expect(gate.stats().waiting).toBe(0);
    const third = get(port, "/articles/3");
    await until(() => gate.stats().waiting === 1);
    // The reader being rendered for leaves: its slot goes to the next in line, not to the one who left.
    first.abort();
    await until(() => started.length === 2);
    expect(started).toEqual(["/articles/1", "/articles/3"]);
    finish("/articles/3");
    expect(await third.body).toBe("done /articles/3");
    expect(gate.stats()).toMatchObject({ running: 0, waiting: 0, abandoned: 1 });
  });

  it("refuses a gate without slots", () => {
    expect(() => new ReaderGate(0)).toThrow(/at least one slot/);
  });
});

describe("isReaderRender", () => {
  it("is true for readers' pages and feeds only", () => {
    expect(isReaderRender("GET", "/articles/1", {})).toBe(true);
    expect(isReaderRender("HEAD", "/feed.xml", {})).toBe(true);
    expect(isReaderRender("GET", "/sections/news", {})).toBe(true);
    expect(isReaderRender("GET", "/", {})).toBe(true);
    expect(isReaderRender("POST", "/articles/1", {})).toBe(false);
    expect(isReaderRender("GET", "/articles/1", { "next-action": "abc" })).toBe(false);
    for (const path of ["/admin", "/admin/articles/2", "/login", "/api/ready", "/_next/static/x.css", "/media/a.jpg"]) {
      expect(isReaderRender("GET", path, {})).toBe(false);
    }
  });
});
