// The S3 media store against a real S3-compatible server (@20minutes/s3rver: signatures checked with
// its own SigV4 implementation, objects on disk), beside the unit layer's in-process fake
// (tests/unit/media-storage.test.ts), so that the store is not only tested against what we think S3 says.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newMediaId, originalKey, variantKey } from "@/lib/media/keys";
import { S3MediaStorage } from "@/lib/media/storage/s3";

const BUCKET = "masthead-media";
let server: S3rver;
let directory: string;
let endpoint: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "masthead-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

const store = (secretAccessKey = "S3RVER") =>
  new S3MediaStorage({ endpoint, bucket: BUCKET, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey });

describe("media on an S3-compatible server", () => {
  it("stores, reads back byte for byte with its type, and deletes", async () => {
    const key = originalKey(newMediaId(), "png");
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);
    await store().put(key, data, "image/png");

    const found = await store().get(key);
    expect(found && [...found.data]).toEqual([...data]);
    expect(found?.contentType).toBe("image/png");

    await store().delete(key);
    expect(await store().get(key)).toBeNull();
    await expect(store().delete(key)).resolves.toBeUndefined();
  });

  it("answers null for a key never stored", async () => {
    expect(await store().get(variantKey(newMediaId(), 640, "jpg"))).toBeNull();
  });

  it("fails a write signed with the wrong secret, naming the operation, and stores nothing", async () => {
    const key = originalKey(newMediaId(), "jpg");
    await expect(store("not-the-secret").put(key, new Uint8Array([1, 2, 3]), "image/jpeg")).rejects.toThrow(
      /put|403|Signature/i,
    );
    expect(await store().get(key)).toBeNull();
  });
});
