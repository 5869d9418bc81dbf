import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PushRefused } from "@/lib/push/answer";
import { pushToBaidu } from "@/lib/push/baidu";
import { INDEXNOW_BATCH, submitIndexNow } from "@/lib/push/indexnow";
import { hubLinkHeader, pingHub } from "@/lib/push/websub";
import { startReceiver, type RecordingReceiver } from "../support/recording-receiver";

let receiver: RecordingReceiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.answers.length = 0;
  receiver.fallback = { status: 204 };
});

const SITE = "https://news.example.cn";

describe("WebSub publish pings", () => {
  it("posts hub.mode=publish and hub.url, form-encoded, once per feed", async () => {
    const feeds = [`${SITE}/feed.xml`, `${SITE}/sections/%E8%B4%A2%E7%BB%8F/atom.xml`];
    const answers = await pingHub({ hubUrl: `${receiver.url}/hub`, feedUrls: feeds });
    expect(receiver.requests).toHaveLength(2);
    for (const [index, request] of receiver.requests.entries()) {
      expect(request.method).toBe("POST");
      expect(request.url).toBe("/hub");
      expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      const form = new URLSearchParams(request.body);
      expect(form.get("hub.mode")).toBe("publish");
      expect(form.get("hub.url")).toBe(feeds[index]);
    }
    expect(answers.map((answer) => [answer.url, answer.status])).toEqual(feeds.map((feed) => [feed, 204]));
  });

  it("a refusing hub fails the ping with its answer, so the queue retries it", async () => {
    receiver.answers.push({ status: 204 }, { status: 503, body: "hub is busy" });
    const ping = pingHub({ hubUrl: receiver.url, feedUrls: [`${SITE}/feed.xml`, `${SITE}/atom.xml`] });
    await expect(ping).rejects.toThrow(PushRefused);
    await expect(
      pingHub({ hubUrl: receiver.url, feedUrls: [`${SITE}/feed.xml`] }).then(() => "accepted"),
    ).resolves.toBe("accepted");
  });

  it("an unreachable hub is a refusal with status 0, not a crash", async () => {
    const error = await pingHub({ hubUrl: "http://127.0.0.1:9/", feedUrls: [`${SITE}/feed.xml`] }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PushRefused);
    expect((error as PushRefused).answers[0]?.status).toBe(0);
  });

  it("names the hub and the feed itself in the Link header", () => {
    expect(hubLinkHeader("https://hub.example/", `${SITE}/feed.xml`)).toBe(
      `<https://hub.example/>; rel="hub", <${SITE}/feed.xml>; rel="self"`,
    );
  });
});

describe("IndexNow submissions", () => {
  it("posts host, key, keyLocation and urlList as JSON", async () => {
    receiver.fallback = { status: 202 };
    const urls = [`${SITE}/articles/1`, `${SITE}/articles/2`];
    await submitIndexNow({ endpoint: `${receiver.url}/indexnow`, siteUrl: SITE, key: "a1b2c3d4e5f6", urls });
    const [request] = receiver.requests;
    expect(request?.method).toBe("POST");
    expect(request?.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      host: "news.example.cn",
      key: "a1b2c3d4e5f6",
      keyLocation: `${SITE}/a1b2c3d4e5f6.txt`,
      urlList: urls,
    });
  });

  it("splits more than 10,000 URLs into batches", async () => {
    receiver.fallback = { status: 200 };
    const urls = Array.from({ length: INDEXNOW_BATCH + 1 }, (_, index) => `${SITE}/articles/${index + 1}`);
    await submitIndexNow({ endpoint: receiver.url, siteUrl: SITE, key: "a1b2c3d4e5f6", urls });
    const sizes = receiver.requests.map(
      (request) => (JSON.parse(request.body) as { urlList: string[] }).urlList.length,
    );
    expect(sizes).toEqual([INDEXNOW_BATCH, 1]);
  });

  it("a 422 (URLs of another host) or 429 is a refusal carrying the engine's words", async () => {
    receiver.answers.push({ status: 422, body: '{"message":"URLs do not belong to the host"}' });
    const error = await submitIndexNow({
      endpoint: receiver.url,
      siteUrl: SITE,
      key: "a1b2c3d4e5f6",
      urls: [`${SITE}/articles/1`],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PushRefused);
    expect((error as Error).message).toContain("URLs do not belong to the host");
  });
});

describe("Baidu link submission", () => {
  it("posts the URLs one a line as text/plain, with site and token in the query", async () => {
    receiver.fallback = { status: 200, body: '{"remain":99998,"success":2}' };
    const urls = [`${SITE}/articles/1`, `${SITE}/articles/2`];
    const answers = await pushToBaidu({ endpoint: `${receiver.url}/urls`, siteUrl: SITE, token: "T0KEN", urls });
    const [request] = receiver.requests;
    const target = new URL(request?.url ?? "", receiver.url);
    expect(target.pathname).toBe("/urls");
    expect(target.searchParams.get("site")).toBe(SITE);
    expect(target.searchParams.get("token")).toBe("T0KEN");
    expect(request?.headers["content-type"]).toBe("text/plain");
    expect(request?.body).toBe(urls.join("\n"));
    // The token is a secret: what is logged and kept does not carry it.
    expect(JSON.stringify(answers)).not.toContain("T0KEN");
  });

  it("a 200 that lists URLs as not valid is a refusal, and so is a quota error", async () => {
    receiver.answers.push(
      { status: 200, body: '{"remain":0,"success":0,"not_valid":["https://news.example.cn/x"]}' },
      { status: 400, body: '{"error":400,"message":"over quota"}' },
    );
    const push = () => pushToBaidu({ endpoint: receiver.url, siteUrl: SITE, token: "T", urls: [`${SITE}/x`] });
    await expect(push()).rejects.toThrow(/not_valid/);
    await expect(push()).rejects.toThrow(/over quota/);
  });
});
