// A refused body, said so that a writer can find and fix it: which block (counted as the editor shows
// them) and what is wrong with it. The schema words its own refusals; zod's generic ones (an unknown
// attribute, a wrong type) are reworded here. Chinese, like the service layer's other messages.
import type { z } from "zod";

const NODE_NAMES: Record<string, string> = {
  paragraph: "段落",
  heading: "小标题",
  blockquote: "引用",
  bulletList: "列表",
  orderedList: "列表",
  listItem: "列表项",
  image: "图片",
  horizontalRule: "分隔线",
  table: "表格",
  tableRow: "表格行",
  tableCell: "单元格",
  tableHeader: "表头单元格",
  video: "视频",
  pullQuote: "醒目引语",
  factBox: "资料框",
};

const HAN = /\p{Script=Han}/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** "第 3 个元素(视频)": the top-level block the issue is in, and the innermost node it names. */
function place(input: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== "content" || typeof path[1] !== "number") return "";
  let node: unknown = input;
  let name = "";
  for (const key of path) {
    if (!isRecord(node)) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (isRecord(node) && typeof node.type === "string") name = NODE_NAMES[node.type] ?? node.type;
  }
  return `第 ${path[1] + 1} 个元素${name ? `(${name})` : ""}:`;
}

function wording(issue: z.ZodError["issues"][number]): string {
  if (issue.code === "unrecognized_keys") return `不允许的属性 ${issue.keys.join("、")}`;
  if (HAN.test(issue.message)) return issue.message;
  if (issue.code === "invalid_union" || issue.code === "invalid_value") return "不支持的元素或取值";
  if (issue.code === "too_big") return "超出上限";
  if (issue.code === "too_small") return "不能为空";
  return "格式不对";
}

/** The first issue of a refused body, in a writer's words. */
export function describeBodyError(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return "格式不对";
  return `${place(input, issue.path)}${wording(issue)}`;
}
