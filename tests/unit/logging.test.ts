import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logArguments } from "@/lib/ops/logging";
import { currentRequestId, requestIdFrom, runInRequest } from "@/lib/ops/request-context";

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination };
}

describe("structured logs", () => {
  it("write one JSON object a line, with the request id of the request it was written for", async () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "info", destination, base: {} });
    logger.info("outside any request");
    await runInRequest("req-0123456789", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn({ article: 7 }, "inside, after an await");
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: "info", msg: "outside any request" });
    expect(lines[0]).not.toHaveProperty("requestId");
    expect(lines[1]).toMatchObject({
      level: "warn",
      msg: "inside, after an await",
      article: 7,
      requestId: "req-0123456789",
    });
    expect(typeof lines[1]?.time).toBe("string");
  });

  it("leave out lines below the level", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "warn", destination, base: {} });
    logger.info("dropped");
    logger.error("kept");
    expect(lines.map((line) => line.msg)).toEqual(["kept"]);
  });

  it("keep an error's stack apart from the message that came with it", () => {
    const [fields, message] = logArguments(["[views] flush failed:", new Error("connection refused"), 3]);
    expect(message).toBe("[views] flush failed: 3");
    expect((fields.err as Error).message).toBe("connection refused");
    expect(logArguments(["a %s b", "x"])).toEqual([{}, "a x b"]);
    expect(logArguments(["\u001b[32m\u001b[1m✓\u001b[22m\u001b[39m Running next.config.js"])[1]).toBe(
      "✓ Running next.config.js",
    );
  });
});

describe("request ids", () => {
  it("take a proxy's plausible X-Request-Id, and make one otherwise", () => {
    expect(requestIdFrom("abcd-1234-efgh")).toBe("abcd-1234-efgh");
    expect(requestIdFrom(["abcd-1234-efgh", "other"])).toBe("abcd-1234-efgh");
    for (const bad of [undefined, "", "short", "has space in it", "<script>alert(1)</script>", "x".repeat(200)]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(currentRequestId()).toBeUndefined();
  });
});
