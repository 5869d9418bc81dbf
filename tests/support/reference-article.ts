// The reference article (中华工商网, 2022) and what a faithful CMS must carry of it.
import { readFileSync } from "node:fs";
import path from "node:path";

export const REFERENCE_PATH = path.join(import.meta.dirname, "../../content/demo/000_c264ab0ec7295aae.txt");
export const referenceText = readFileSync(REFERENCE_PATH, "utf8");

export const REFERENCE_TITLE = "成都市龙泉驿区工商联同心战“疫”共克时艰";
export const REFERENCE_SUBHEADINGS = [
  "加大疫情防控宣传 营造浓厚防疫氛围",
  "积极加入应急队伍 主动搭建企业爱心捐赠平台",
  "做好“双报到”疫情防控工作",
  "领导班子带头干 党员干部勇赴一线有担当",
  "抗疫一线 商会在行动",
];
export const REFERENCE_BYLINE = "【中华工商时报记者 陈明 通讯员 苏显中 廖生权】";
export const REFERENCE_CLOSING = "(编辑 张晖)";
/** 2022-08-05 13:48 in Beijing (UTC+8). */
export const REFERENCE_PUBLISHED_AT = new Date("2022-08-05T05:48:00Z");

/** Every paragraph of the seed as a reader should see it: indentation and the 【…】 byline removed. */
export function referenceParagraphs(): string[] {
  const lines = referenceText.split("\n").map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""));
  const bodyLines = lines.slice(3).filter((line) => line !== "" && !line.startsWith("(编辑"));
  return bodyLines
    .filter((line) => !REFERENCE_SUBHEADINGS.includes(line))
    .map((line) => line.replace(/^【[^】]+】/, ""));
}
