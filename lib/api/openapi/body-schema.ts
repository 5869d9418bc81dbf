// The body document's JSON Schema, generated from the zod schema that validates every stored body
// (lib/newsroom/body/schema.ts), so the description cannot drift from what is stored. Its recursive
// parts ($defs) are lifted into components.schemas, where OpenAPI references resolve.
import { z } from "zod";
import { bodyDocSchema } from "@/lib/newsroom/body/schema";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DEF_PREFIX = "#/$defs/";
const nameOf = (def: string) => `BodyNode${def.replace(/^__schema/, "")}`;

function rewrite(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$schema") continue;
    out[key] =
      key === "$ref" && typeof value === "string" && value.startsWith(DEF_PREFIX)
        ? `#/components/schemas/${nameOf(value.slice(DEF_PREFIX.length))}`
        : rewrite(value);
  }
  return out;
}

/** `BodyDocument` and the node schemas it refers to, ready for components.schemas. */
export function bodySchemas(): Record<string, Json> {
  const generated = z.toJSONSchema(bodyDocSchema, { unrepresentable: "any", io: "output" }) as unknown as {
    [key: string]: Json;
  };
  const { $defs, ...root } = generated;
  const schemas: Record<string, Json> = {
    BodyDocument: {
      ...(rewrite(root) as { [key: string]: Json }),
      description: "The stored body (ProseMirror-shaped JSON).",
    },
  };
  if ($defs && typeof $defs === "object" && !Array.isArray($defs)) {
    for (const [name, def] of Object.entries($defs)) schemas[nameOf(name)] = rewrite(def);
  }
  return schemas;
}
