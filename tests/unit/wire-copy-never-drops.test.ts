// The importer never drops text: whatever it does not place in a field stays in the body.
//
// Two checks over a corpus of real and generated wire copy:
// - by character: every character of the input is in the title, source, credits or body, unless it is
//   part of the layout the importer reads (dates, role words, field keys, brackets, separators);
// - by line: for generated articles, where it is known which lines are story and which are unreadable,
//   every such line comes out verbatim in the body, in order, and every unreadable line is reported.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockText } from "@/lib/newsroom/body";
import { parseWireCopy } from "@/lib/newsroom/wire-copy";
import { droppedCharacters as dropped } from "../support/never-drops";
import { referenceText } from "../support/reference-article";

const ZONE = "Asia/Shanghai";
const FIXTURES = path.join(import.meta.dirname, "../fixtures/wire-copy");

// A small deterministic generator (mulberry32), so a failure can be replayed from its seed.
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (probability: number) => next() < probability;
  return { pick, chance, int: (max: number) => Math.floor(next() * max) };
}

const TITLES = [
  "成都市龙泉驿区工商联同心战“疫”共克时艰",
  "川渝两地工商联签署合作协议",
  "夜色中的锦江",
  "龍泉驛區工商聯同心戰「疫」",
];
const DATELINES = [
  "2022年08月05日13:48来源:中华工商网",
  "2022-08-05 13:48 来源：新华网",
  "2022年8月5日 13:48 来源: 人民网",
  "发布时间：2022-08-05 13:48",
  "2022年8月5日 星期五 13:48 來源：中華網",
  "时间：2022/08/05 13:48 | 来源：央视网 | 作者：王五",
  "2022-08-05 13:48:12 新华网",
];
// Lines of their own that are wholly credits, and the names they credit.
const BYLINE_LINES: Array<[string, string[]]> = [
  ["本报记者 张三 李四", ["张三", "李四"]],
  ["文/张三 图/李四", ["张三", "李四"]],
  ["（记者 陈明 通讯员 苏显中）", ["陈明", "苏显中"]],
  ["見習記者 陳明", ["陳明"]],
  ["文｜王小明", ["王小明"]],
];
// Bylines at the start of the first paragraph: the text before the story, what of it stays, the names.
const LEAD_BYLINES: Array<[string, string, string[]]> = [
  ["【中华工商时报记者陈明通讯员苏显中廖生权】", "", ["陈明", "苏显中", "廖生权"]],
  ["本报讯（记者 张三 通讯员 李四）", "本报讯 ", ["张三", "李四"]],
  ["（记者 张三）", "", ["张三"]],
  ["本报记者 张三 ", "", ["张三"]],
  ["新华社北京8月5日电（记者 王五）", "新华社北京8月5日电 ", ["王五"]],
  ["【四川日报记者张三 中华工商时报记者李四】", "", ["张三", "李四"]],
];
const CLOSINGS: Array<[string, string[]]> = [
  ["(编辑 张晖)", ["张晖"]],
  ["（责任编辑：王五）", ["王五"]],
  ["责任编辑:赵六", ["赵六"]],
  ["責任編輯：張暉", ["張暉"]],
  ["编辑：张三 李四", ["张三", "李四"]],
];
// Story text, including paragraphs that look a little like the layout around them.
const PARAGRAPHS = [
  "成都本轮新冠肺炎疫情发生后,龙泉驿区工商联全面落实各级疫情防控决策部署。",
  "2022年7月31日，龙泉驿区新市民志愿者协会组织调动200人的应急救援力量。",
  "记者从市卫健委获悉，全市新增病例为零。",
  "（图为活动现场）",
  "编辑部的同事们连夜赶稿。",
  "抗疫一线 商会在行动",
  "7月26日,三辆满载抗疫物资的汽车开进了龙泉驿区东安街道办事处。",
  "他说：“我们会继续努力。”",
  "来自张三李四的问候让人感动。",
  "John Smith 说，这是一个好消息。",
  "一、做好防控",
  "据了解，本次活动由市工商联（协）会主办。",
];
// Lines the importer cannot place: they must stay in the body, each with a note.
// Each with the part of it that stays: of a line partly read, only what could not be placed.
const UNREADABLE: Array<[string, string]> = [
  ["2022年13月05日13:48", "2022年13月05日13:48"],
  ["审核：钱七", "审核：钱七"],
  ["发布时间：昨天", "发布时间：昨天"],
  ["■本报记者 张三 报道", "■本报记者 张三 报道"],
  ["编辑：钱七 浏览次数：1552", "浏览次数：1552"],
];

interface Generated {
  text: string;
  title: string;
  /** Body text expected verbatim, in order. */
  body: string[];
  unreadable: string[];
  names: string[];
}

function generate(seed: number): Generated {
  const { pick, chance, int } = random(seed);
  const title = pick(TITLES);
  const lines = [title];
  const names: string[] = [];
  const body: string[] = [];
  const unreadable: string[] = [];
  const addUnreadable = () => {
    const [line, kept] = pick(UNREADABLE);
    if (unreadable.includes(kept)) return;
    lines.push(line);
    unreadable.push(kept);
    body.push(kept);
  };

  if (chance(0.7)) lines.push(pick(DATELINES));
  if (chance(0.2)) addUnreadable();
  if (chance(0.4)) {
    const [line, credited] = pick(BYLINE_LINES);
    lines.push(line);
    names.push(...credited);
  }
  const story = Array.from({ length: 1 + int(5) }, () => pick(PARAGRAPHS));
  const indent = chance(0.5) ? "  " : "";
  story.forEach((paragraph, index) => {
    let line = paragraph;
    let expected = paragraph;
    if (index === 0 && chance(0.6)) {
      const [byline, kept, credited] = pick(LEAD_BYLINES);
      line = `${byline}${paragraph}`;
      expected = `${kept}${paragraph}`;
      names.push(...credited);
    }
    if (index === story.length - 1 && story.length > 1 && chance(0.2)) line = `${line}（编辑 张晖）`;
    if (line.endsWith("（编辑 张晖）")) names.push("张晖");
    lines.push(`${indent}${line}`);
    body.push(expected);
  });
  if (chance(0.2)) addUnreadable();
  if (chance(0.6)) {
    const [line, credited] = pick(CLOSINGS);
    lines.push(line);
    names.push(...credited);
  }
  const separator = chance(0.5) ? "\n\n" : "\n";
  return { text: lines.join(separator), title, body, unreadable, names };
}

// Pieces of bylines, datelines and prose, for random soup that no article looks like.
const SOUP = [
  ...[
    "记者",
    "通讯员",
    "本报",
    "本报讯",
    "编辑",
    "责任编辑",
    "文",
    "图",
    "摄影",
    "见习记者",
    "特约记者",
    "作者",
    "图文",
  ],
  ...[
    "/",
    "｜",
    "：",
    ":",
    "（",
    "）",
    "(",
    ")",
    "【",
    "】",
    " ",
    "  ",
    "，",
    "。",
    "、",
    "|",
    "·",
    "\n",
    "\n",
    "\n\n",
  ],
  ...["张三", "苏显中廖生权", "王小明李华", "扎西", "John", "买买提·吐尔逊", "陈明龙泉驿区工商联"],
  ...["中华工商时报", "四川日报", "龙泉驿区工商联", "新华社北京8月5日电", "来源", "发布时间", "字号：大"],
  ...["2022-08-05 13:48", "2022年8月5日", "13:48", "星期五", "今天", "全市", "（完）", "审核", "报道", "摄", "等"],
];

function soup(seed: number): string {
  const { pick, int } = random(seed);
  return Array.from({ length: 3 + int(30) }, () => pick(SOUP)).join("");
}

/** True when `items` occur in `list` in order, not necessarily next to each other. */
function inOrder(items: readonly string[], list: readonly string[]): boolean {
  let at = 0;
  for (const item of list) if (item === items[at]) at += 1;
  return at === items.length;
}

const corpus: Array<[string, string]> = [
  ["reference", referenceText],
  ...readdirSync(FIXTURES)
    .filter((file) => file.endsWith(".txt"))
    .map((file): [string, string] => [file, readFileSync(path.join(FIXTURES, file), "utf8")]),
  ["only a title", "标题"],
  ["empty", ""],
  ["no title, byline first", "【记者 张三】正文。"],
  ["byline that is not one", "标题\n【记者观察】正文。\n（完）"],
  ["weekday that disagrees", "标题\n2022年8月5日 星期一 13:48 来源：某网\n正文。"],
];
const SEEDS = Array.from({ length: 400 }, (_, index) => index + 1);

describe("the importer never drops text", () => {
  it.each(corpus)("keeps every character of %s", (_, text) => {
    expect(dropped(text, parseWireCopy(text, ZONE))).toEqual([]);
  });

  it("keeps every character of generated wire copy", () => {
    for (const seed of SEEDS) {
      const { text } = generate(seed);
      expect(dropped(text, parseWireCopy(text, ZONE)), `seed ${seed}:\n${text}`).toEqual([]);
    }
  });

  it("keeps every character of random soup", () => {
    for (const seed of Array.from({ length: 2000 }, (_, index) => index + 1)) {
      const text = soup(seed);
      expect(dropped(text, parseWireCopy(text, ZONE)), `seed ${seed}: ${JSON.stringify(text)}`).toEqual([]);
    }
  });

  it("keeps every story line verbatim and in order, and reports every line it could not read", () => {
    for (const seed of SEEDS) {
      const article = generate(seed);
      const copy = parseWireCopy(article.text, ZONE);
      const blocks = copy.body.content.map(blockText);
      const context = `seed ${seed}:\n${article.text}`;
      expect(copy.title, context).toBe(article.title);
      expect(inOrder(article.body, blocks), `${context}\n\nbody: ${JSON.stringify(blocks)}`).toBe(true);
      for (const line of article.unreadable) {
        expect(
          copy.notes.some((note) => note.includes(line)),
          `${context}\n\nnotes: ${JSON.stringify(copy.notes)}`,
        ).toBe(true);
      }
      const credited = copy.credits.map((credit) => credit.name);
      for (const name of article.names) expect(credited, context).toContain(name);
    }
  });
});
