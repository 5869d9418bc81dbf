// Storage keys, the local folder store, and the S3 store against an in-process S3-compatible server that
// verifies every request's SigV4 signature.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { isMediaKey, newMediaId, originalKey, typeForKey, variantKey } from "@/lib/media/keys";
import { LocalMediaStorage } from "@/lib/media/storage/local";
import { S3MediaStorage } from "@/lib/media/storage/s3";
import type { MediaStorage } from "@/lib/media/storage/types";
import { absoluteUrl, mediaUrl } from "@/lib/media/urls";
import { startFakeS3, type FakeS3 } from "../fixtures/media/fake-s3";

const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text));

describe("storage keys", () => {
  it("are generated, unguessable and never derived from the uploader's file name", () => {
    const ids = new Set(Array.from({ length: 200 }, () => newMediaId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
    const id = newMediaId();
    expect(originalKey(id, "png")).toBe(`${id}/original.png`);
    expect(variantKey(id, 640, "jpg")).toBe(`${id}/640w.jpg`);
    expect(() => originalKey("../etc", "png")).toThrow();
    expect(() => variantKey(id, 0, "jpg")).toThrow();
  });

  it("are the only paths the store and the public route accept, each with its content type", () => {
    const id = "0123456789abcdef01234567";
    expect(isMediaKey(`${id}/original.avif`)).toBe(true);
    expect(typeForKey(`${id}/1280w.jpg`)?.mimeType).toBe("image/jpeg");
    expect(typeForKey(`${id}/320w.webp`)?.mimeType).toBe("image/webp");
    for (const bad of [
      `${id}/original.html`,
      `${id}/original.svg`,
      `${id}/../../etc/passwd`,
      `../${id}/original.png`,
      `${id}/original.png/`,
      `${id}/original.PNG`,
      `${id.toUpperCase()}/original.png`,
      `${id}/0w.jpg`,
      `${id}\\original.png`,
    ]) {
      expect(isMediaKey(bad), bad).toBe(false);
      expect(typeForKey(bad), bad).toBeUndefined();
    }
  });

  it("build site paths, or the bucket's public URL when there is one", () => {
    const key = "0123456789abcdef01234567/640w.jpg";
    expect(mediaUrl(key)).toBe(`/media/${key}`);
    expect(mediaUrl(key, "https://img.example.com/news/")).toBe(`https://img.example.com/news/${key}`);
    expect(absoluteUrl(`/media/${key}`, "https://news.example.com/")).toBe(`https://news.example.com/media/${key}`);
    expect(absoluteUrl(`https://img.example.com/${key}`, "https://news.example.com")).toBe(
      `https://img.example.com/${key}`,
    );
  });
});

describe("local storage", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "masthead-media-unit-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("puts, gets and deletes files under the folder, and refuses keys it did not make", async () => {
    const storage: MediaStorage = new LocalMediaStorage(root);
    const key = originalKey(newMediaId(), "png");
    await storage.put(key, bytes("png-bytes"), "image/png");
    expect(new TextDecoder().decode((await storage.get(key))?.data)).toBe("png-bytes");
    expect(await readdir(path.join(root, key.split("/")[0]!))).toEqual(["original.png"]);
    expect(storage.url(key)).toBe(`/media/${key}`);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
    await expect(storage.put("../escape.png", bytes("x"), "image/png")).rejects.toThrow(/not a media key/);
    await expect(storage.get("0123456789abcdef01234567/original.html")).rejects.toThrow(/not a media key/);
  });
});

describe("S3-compatible storage (aws4fetch, SigV4)", () => {
  let s3: FakeS3;
  beforeAll(async () => {
    s3 = await startFakeS3();
  });
  afterAll(() => s3.close());
  afterEach(() => {
    s3.requests.length = 0;
  });

  const storage = (overrides: Partial<ConstructorParameters<typeof S3MediaStorage>[0]> = {}) =>
    new S3MediaStorage({
      endpoint: s3.endpoint,
      bucket: s3.bucket,
      region: s3.region,
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      ...overrides,
    });

  it("puts, gets and deletes objects with signed requests", async () => {
    const store = storage();
    const key = variantKey(newMediaId(), 640, "jpg");
    await store.put(key, bytes("jpeg-bytes"), "image/jpeg");

    const put = s3.requests[0];
    expect(put?.method).toBe("PUT");
    expect(put?.path).toBe(`/${s3.bucket}/${key}`);
    expect(put?.authorization).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${s3.accessKeyId}/\\d{8}/${s3.region}/s3/aws4_request, SignedHeaders=`),
    );
    // The payload hash is signed, not UNSIGNED-PAYLOAD.
    expect(put?.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s3.objects.get(key)).toMatchObject({
      contentType: "image/jpeg",
      cacheControl: "public, max-age=31536000, immutable",
    });

    const got = await store.get(key);
    expect(new TextDecoder().decode(got?.data)).toBe("jpeg-bytes");
    expect(got?.contentType).toBe("image/jpeg");

    await store.delete(key);
    expect(s3.objects.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    await store.delete(key);
    expect(s3.requests.map((request) => request.method)).toEqual(["PUT", "GET", "DELETE", "GET", "DELETE"]);
    expect(s3.requests.every((request) => request.authorization?.startsWith("AWS4-HMAC-SHA256 "))).toBe(true);
  });

  it("surfaces a refused signature as an error (the fake really checks it)", async () => {
    const wrong = storage({ secretAccessKey: "not-the-secret" });
    const key = originalKey(newMediaId(), "png");
    await expect(wrong.put(key, bytes("x"), "image/png")).rejects.toThrow(/HTTP 403 .*SignatureDoesNotMatch/);
    expect(s3.objects.has(key)).toBe(false);

    // A body changed after signing, and a request with no signature at all, are refused too.
    await storage().put(key, bytes("original"), "image/png");
    const signed = s3.requests.at(-1);
    const url = `${s3.endpoint}/${s3.bucket}/${key}`;
    const tampered = await fetch(url, {
      method: "PUT",
      body: "tampered",
      headers: { authorization: signed?.authorization ?? "", "x-amz-content-sha256": signed?.contentSha256 ?? "" },
    });
    expect(tampered.status).toBe(403);
    expect((await fetch(url)).status).toBe(403);
    expect(new TextDecoder().decode(s3.objects.get(key)?.data)).toBe("original");
  });

  it("builds public URLs from S3_PUBLIC_URL, or serves through the site's /media route", () => {
    const key = originalKey(newMediaId(), "webp");
    expect(storage().url(key)).toBe(`/media/${key}`);
    expect(storage({ publicUrl: "https://cdn.example.com/masthead" }).url(key)).toBe(
      `https://cdn.example.com/masthead/${key}`,
    );
  });

  it("refuses keys it did not make before sending anything", async () => {
    await expect(storage().put("../../other-bucket/x", bytes("x"), "text/html")).rejects.toThrow(/not a media key/);
    expect(s3.requests).toHaveLength(0);
  });
});

describe("configuration", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.resetModules();
  });

  it("uses local storage under the data folder by default, and a temp folder for memory://", async () => {
    process.env.MASTHEAD_DATA_DIR = "/srv/masthead-data";
    delete process.env.MEDIA_DIR;
    delete process.env.MEDIA_STORAGE;
    delete process.env.MEDIA_MAX_BYTES;
    vi.resetModules();
    const { env } = await import("@/lib/env");
    expect(env.mediaStorage).toBe("local");
    expect(env.mediaDir).toBe("/srv/masthead-data/media");
    expect(env.mediaMaxBytes).toBe(15 * 1024 * 1024);
    expect(env.s3).toBeUndefined();

    process.env.MASTHEAD_DATA_DIR = "memory://";
    vi.resetModules();
    expect((await import("@/lib/env")).env.mediaDir).toBe(path.join(tmpdir(), "masthead-media"));
    process.env.MEDIA_DIR = "/var/media";
    vi.resetModules();
    expect((await import("@/lib/env")).env.mediaDir).toBe("/var/media");
  });

  it("switches to S3 with MEDIA_STORAGE=s3, and says which settings are missing", async () => {
    Object.assign(process.env, {
      MEDIA_STORAGE: "s3",
      S3_ENDPOINT: "https://s3.example.com/",
      S3_BUCKET: "news",
      S3_ACCESS_KEY_ID: "AKID",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_PUBLIC_URL: "https://img.example.com/",
    });
    vi.resetModules();
    const { env } = await import("@/lib/env");
    expect(env.s3).toEqual({
      endpoint: "https://s3.example.com",
      bucket: "news",
      region: "us-east-1",
      accessKeyId: "AKID",
      secretAccessKey: "secret",
      publicUrl: "https://img.example.com",
    });
    const { getMediaStorage } = await import("@/lib/media/storage");
    expect(getMediaStorage().kind).toBe("s3");
    expect(getMediaStorage().url("0123456789abcdef01234567/640w.jpg")).toBe(
      "https://img.example.com/0123456789abcdef01234567/640w.jpg",
    );

    delete process.env.S3_BUCKET;
    delete process.env.S3_SECRET_ACCESS_KEY;
    vi.resetModules();
    await expect(import("@/lib/env")).rejects.toThrow("MEDIA_STORAGE=s3 needs S3_BUCKET, S3_SECRET_ACCESS_KEY");
  });
});
