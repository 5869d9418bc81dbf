// An S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, …), spoken to over fetch with SigV4 signatures
// (aws4fetch). Objects are addressed path-style (endpoint/bucket/key), which every such store accepts.
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import { isMediaKey } from "../keys";
import { mediaUrl } from "../urls";
import { IMMUTABLE_CACHE, type MediaStorage, type StoredFile } from "./types";

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Public base URL of the bucket; without it files are served through the site's /media route. */
  publicUrl?: string;
}

export class S3MediaStorage implements MediaStorage {
  readonly kind = "s3" as const;
  private readonly client: AwsClient;

  constructor(private readonly settings: S3Settings) {
    this.client = new AwsClient({
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      region: settings.region,
      service: "s3",
      // aws4fetch retries 5xx and 429 with backoff; ten tries would hold an upload for minutes.
      retries: 2,
    });
  }

  private objectUrl(key: string): string {
    if (!isMediaKey(key)) throw new Error(`not a media key: ${key}`);
    return `${this.settings.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(this.settings.bucket)}/${key}`;
  }

  private async fail(operation: string, key: string, response: Response): Promise<never> {
    const detail = (await response.text().catch(() => "")).slice(0, 300);
    throw new Error(`S3 ${operation} ${key} failed: HTTP ${response.status} ${detail}`);
  }

  async put(key: string, data: Uint8Array<ArrayBuffer>, contentType: string): Promise<void> {
    const response = await this.client.fetch(this.objectUrl(key), {
      method: "PUT",
      body: data,
      headers: {
        "Content-Type": contentType,
        "Cache-Control": IMMUTABLE_CACHE,
        "Content-Disposition": "inline",
        // Signing the payload's hash (rather than UNSIGNED-PAYLOAD) lets the store reject a body changed in transit.
        "X-Amz-Content-Sha256": createHash("sha256").update(data).digest("hex"),
      },
    });
    if (!response.ok) await this.fail("PUT", key, response);
    await response.body?.cancel();
  }

  async get(key: string): Promise<StoredFile | null> {
    const response = await this.client.fetch(this.objectUrl(key), { method: "GET" });
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) await this.fail("GET", key, response);
    return {
      data: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get("content-type") ?? undefined,
    };
  }

  async delete(key: string): Promise<void> {
    const response = await this.client.fetch(this.objectUrl(key), { method: "DELETE" });
    if (!response.ok && response.status !== 404) await this.fail("DELETE", key, response);
    await response.body?.cancel();
  }

  url(key: string): string {
    return mediaUrl(key, this.settings.publicUrl);
  }
}
