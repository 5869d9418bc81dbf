// Calls the content API's route handlers as Next would, and checks every answer against the OpenAPI
// document: the schema it declares for that path and status. Which (path, status) pairs were seen is
// kept, so a test can insist that every endpoint and every problem status was checked for real.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/api/openapi/document";
import { env } from "@/lib/env";

export type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export const document = openApiDocument(env.siteUrl);

const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, "openapi");

export const seen = new Set<string>();

interface Declared {
  $ref?: string;
  content?: Record<string, { schema: { $ref: string } }>;
}

function declaredResponse(template: string, status: number): Declared | undefined {
  const operation = (document.paths as Record<string, { get: { responses: Record<string, Declared> } }>)[template];
  let declared = operation?.get.responses[String(status)];
  if (declared?.$ref) {
    const name = declared.$ref.split("/").at(-1) ?? "";
    declared = (document.components.responses as Record<string, Declared>)[name];
  }
  return declared;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** GET `path` from `handler` (the route of `template`), with these headers; the answer is checked against the document. */
export async function apiGet<P extends Record<string, string>>(
  handler: Handler<P>,
  template: string,
  path: string,
  headers: Record<string, string> = {},
  params: P = {} as P,
): Promise<Answer> {
  const request = new Request(`${env.siteUrl}/api/v1${path}`, { headers });
  const response = await handler(request, { params: Promise.resolve(params) });
  const raw = await response.text();
  const body: unknown = raw ? JSON.parse(raw) : null;
  const declared = declaredResponse(template, response.status);
  expect(declared, `${template} declares ${response.status}`).toBeDefined();
  if (response.status !== 304) {
    const type = (response.headers.get("content-type") ?? "").split(";")[0] ?? "";
    const schema = declared?.content?.[type]?.schema;
    expect(schema, `${template} ${response.status} declares ${type}`).toBeDefined();
    const validate = ajv.getSchema(`openapi${schema?.$ref ?? ""}`);
    expect(validate, `schema ${schema?.$ref}`).toBeDefined();
    const valid = validate?.(body);
    expect(valid, `${path} → ${response.status}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
  }
  seen.add(`${template} ${response.status}`);
  return { status: response.status, headers: response.headers, body };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
