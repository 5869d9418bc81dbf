// A refused body, said so that a writer can find and fix it: which block (counted as the editor shows
// them) and what is wrong with it. The schema words its own refusals; zod's generic ones (an unknown
// attribute, a wrong type) are reworded here, in the words of the interface language.
import type { z } from "zod";
import { fill } from "@/lib/i18n/fill";
import { bodiesZhCN } from "@/lib/i18n/messages/bodies-zh-CN";
import { VIDEO_PROVIDER_KEYS } from "./video";

export type BodyErrorWords = typeof bodiesZhCN.errors;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** "第 3 个元素(视频)": the top-level block the issue is in, and the innermost node it names. */
function place(input: unknown, path: readonly PropertyKey[], words: BodyErrorWords): string {
  if (path[0] !== "content" || typeof path[1] !== "number") return "";
  let node: unknown = input;
  let name = "";
  for (const key of path) {
    if (!isRecord(node)) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (isRecord(node) && typeof node.type === "string") {
      name = Object.hasOwn(words.nodes, node.type)
        ? words.nodes[node.type as keyof BodyErrorWords["nodes"]]
        : node.type;
    }
  }
  return fill(name ? words.placeNamed : words.place, { n: path[1] + 1, name });
}

/** A refusal of the body schema's own rules in words, or null for any other issue. */
export function ruleWording(
  issue: z.ZodError["issues"][number],
  words: BodyErrorWords = bodiesZhCN.errors,
): string | null {
  if (!Object.hasOwn(words.rules, issue.message)) return null;
  const max = "maximum" in issue ? Number(issue.maximum) : "";
  return fill(words.rules[issue.message as keyof BodyErrorWords["rules"]], {
    max,
    providers: VIDEO_PROVIDER_KEYS.join(words.keySeparator),
  });
}

function wording(issue: z.ZodError["issues"][number], words: BodyErrorWords): string {
  if (issue.code === "unrecognized_keys")
    return fill(words.unknownAttributes, { keys: issue.keys.join(words.keySeparator) });
  // The schema's own refusals (a table's size, a video's provider) name a rule.
  const rule = ruleWording(issue, words);
  if (rule !== null) return rule;
  if (issue.code === "invalid_union" || issue.code === "invalid_value") return words.unsupported;
  if (issue.code === "too_big") return words.tooBig;
  if (issue.code === "too_small") return words.tooSmall;
  return words.invalid;
}

/** The first issue of a refused body, in a writer's words. */
export function describeBodyError(
  error: z.ZodError,
  input: unknown,
  words: BodyErrorWords = bodiesZhCN.errors,
): string {
  const issue = error.issues[0];
  if (!issue) return words.invalid;
  return `${place(input, issue.path, words)}${wording(issue, words)}`;
}
