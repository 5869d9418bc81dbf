// The byline, dateline and closing forms of Chinese newspapers that the wire-copy importer reads.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockText } from "@/lib/newsroom/body";
import { parseBylineText, parseWireCopy, type ParsedCredit, type WireCopy } from "@/lib/newsroom/wire-copy";

const ZONE = "Asia/Shanghai";
const FIXTURES = path.join(import.meta.dirname, "../fixtures/wire-copy");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

type Row = [ParsedCredit["role"], string, string | null];
const rows = (credits: ParsedCredit[]): Row[] =>
  credits.map((credit) => [credit.role, credit.name, credit.affiliation]);
const paragraphs = (copy: WireCopy) => copy.body.content.map(blockText);
const parse = (text: string) => parseWireCopy(text, ZONE);

describe("byline forms at the start of the first paragraph", () => {
  it("【affiliation + role + names】 glued together, as in the reference article", () => {
    const copy = parse("标题\n【中华工商时报记者陈明通讯员苏显中廖生权】正文。");
    expect(rows(copy.credits)).toEqual([
      ["REPORTER", "陈明", "中华工商时报"],
      ["CORRESPONDENT", "苏显中", null],
      ["CORRESPONDENT", "廖生权", null],
    ]);
    expect(paragraphs(copy)).toEqual(["正文。"]);
  });

  it("several affiliations in one byline, with or without a space between them", () => {
    for (const byline of ["【四川日报记者张三 中华工商时报记者李四】", "【四川日报记者张三中华工商时报记者李四】"]) {
      const copy = parse(`标题\n${byline}正文。`);
      expect(rows(copy.credits)).toEqual([
        ["REPORTER", "张三", "四川日报"],
        ["REPORTER", "李四", "中华工商时报"],
      ]);
      expect(copy.notes).toEqual([]);
    }
  });

  it("本报讯（记者 X 通讯员 Y）keeps the dispatch header in the lead and credits the paper's own reporter", () => {
    const copy = parse("标题\n本报讯（记者 张三 通讯员 李四）今天上午，全市召开大会。");
    expect(rows(copy.credits)).toEqual([
      ["REPORTER", "张三", "本报"],
      ["CORRESPONDENT", "李四", null],
    ]);
    expect(paragraphs(copy)).toEqual(["本报讯 今天上午，全市召开大会。"]);
  });

  it("a news agency's dispatch header names its reporters' affiliation", () => {
    const copy = parse("标题\n新华社北京8月5日电（记者 王五）今天，会议在京召开。");
    expect(rows(copy.credits)).toEqual([["REPORTER", "王五", "新华社"]]);
    expect(paragraphs(copy)).toEqual(["新华社北京8月5日电 今天，会议在京召开。"]);
  });

  it("(记者 X 通讯员 Y) and （记者 X） with no dispatch header", () => {
    expect(rows(parse("标题\n(记者 陈明 通讯员 苏显中)今天，活动举行。").credits)).toEqual([
      ["REPORTER", "陈明", null],
      ["CORRESPONDENT", "苏显中", null],
    ]);
    const copy = parse("标题\n（记者 张三）今天，活动举行。");
    expect(rows(copy.credits)).toEqual([["REPORTER", "张三", null]]);
    expect(paragraphs(copy)).toEqual(["今天，活动举行。"]);
  });

  it("本报记者 X followed by the story after a space", () => {
    const copy = parse("标题\n本报记者 张三 李四 近日，记者走访了本市多个社区。");
    expect(rows(copy.credits)).toEqual([
      ["REPORTER", "张三", "本报"],
      ["REPORTER", "李四", "本报"],
    ]);
    expect(paragraphs(copy)).toEqual(["近日，记者走访了本市多个社区。"]);
  });

  it("leaves prose that merely starts with 记者 alone, and says nothing about it", () => {
    const copy = parse("标题\n记者从市卫健委获悉，全市新增病例为零。");
    expect(copy.credits).toEqual([]);
    expect(paragraphs(copy)).toEqual(["记者从市卫健委获悉，全市新增病例为零。"]);
    expect(copy.notes).toEqual([]);
  });
});

describe("byline lines of their own", () => {
  it("本报记者 X / 本報記者 X: the affiliation is kept as written (本报, 本報)", () => {
    expect(rows(parse("标题\n本报记者 张三\n正文。").credits)).toEqual([["REPORTER", "张三", "本报"]]);
    expect(rows(parse("標題\n本報記者 陳明\n正文。").credits)).toEqual([["REPORTER", "陳明", "本報"]]);
  });

  it("文/X 图/Y and 文｜X: the words' author is the reporter, the pictures' the photographer", () => {
    expect(rows(parse("标题\n文/张三 图/李四\n正文。").credits)).toEqual([
      ["REPORTER", "张三", null],
      ["PHOTOGRAPHER", "李四", null],
    ]);
    expect(rows(parse("标题\n文｜王小明\n正文。").credits)).toEqual([["REPORTER", "王小明", null]]);
    expect(rows(parse("标题\n图文/赵六\n正文。").credits)).toEqual([
      ["REPORTER", "赵六", null],
      ["PHOTOGRAPHER", "赵六", null],
    ]);
  });

  it("见习记者 and 实习记者 are trainee reporters; 摄影 and 摄影记者 photographers", () => {
    expect(rows(parse("标题\n见习记者 赵六 摄影 钱七\n正文。").credits)).toEqual([
      ["TRAINEE_REPORTER", "赵六", null],
      ["PHOTOGRAPHER", "钱七", null],
    ]);
    expect(rows(parse("标题\n实习记者 孙八 攝影記者 鍾小華\n正文。").credits)).toEqual([
      ["TRAINEE_REPORTER", "孙八", null],
      ["PHOTOGRAPHER", "鍾小華", null],
    ]);
  });

  it("reads a role it has only approximately and says so (特约记者 → 记者)", () => {
    const copy = parse("标题\n特约记者 张三\n正文。");
    expect(rows(copy.credits)).toEqual([["REPORTER", "张三", null]]);
    expect(copy.notes).toEqual(["「特约记者」按「记者」导入，请确认"]);
  });

  it("names the surname table cannot read are taken where separators mark them off, and flagged", () => {
    const copy = parse("标题\n记者 扎西 通讯员 John Smith\n正文。");
    expect(copy.credits).toEqual([
      { role: "REPORTER", name: "扎西", affiliation: null, uncertain: true },
      { role: "CORRESPONDENT", name: "John Smith", affiliation: null, uncertain: false },
    ]);
    expect(copy.notes).toEqual(["「扎西」不以常见姓氏开头，请核对"]);
  });
});

describe("closing credits", () => {
  it.each([
    ["(编辑 张晖)", "EDITOR", "张晖"],
    ["（编辑：张晖）", "EDITOR", "张晖"],
    ["责任编辑:张晖", "RESPONSIBLE_EDITOR", "张晖"],
    ["责任编辑：张晖", "RESPONSIBLE_EDITOR", "张晖"],
    ["（责任编辑：张晖）", "RESPONSIBLE_EDITOR", "张晖"],
    ["【责任编辑：张晖】", "RESPONSIBLE_EDITOR", "张晖"],
    ["责编：张晖", "RESPONSIBLE_EDITOR", "张晖"],
    ["(編輯 張暉)", "EDITOR", "張暉"],
    ["（責任編輯：張暉）", "RESPONSIBLE_EDITOR", "張暉"],
  ] as const)("%s on its own line", (closing, role, name) => {
    const copy = parse(`标题\n正文。\n${closing}`);
    expect(rows(copy.credits)).toEqual([[role, name, null]]);
    expect(paragraphs(copy)).toEqual(["正文。"]);
  });

  it("at the end of the last paragraph", () => {
    const copy = parse("标题\n正文第一段。\n正文最后一段。（编辑 张晖）");
    expect(rows(copy.credits)).toEqual([["EDITOR", "张晖", null]]);
    expect(paragraphs(copy)).toEqual(["正文第一段。", "正文最后一段。"]);
  });

  it("来源:X 编辑:Y and 来源：X  作者：Y lines give the source and the credit", () => {
    const edited = parse("标题\n正文。\n来源:人民网 编辑:孙八");
    expect(edited.source).toBe("人民网");
    expect(rows(edited.credits)).toEqual([["EDITOR", "孙八", null]]);
    const authored = parse("标题\n来源：央视网  作者：王五\n正文。");
    expect(authored.source).toBe("央视网");
    expect(rows(authored.credits)).toEqual([["REPORTER", "王五", null]]);
    expect(paragraphs(authored)).toEqual(["正文。"]);
  });

  it("reads past a credit it cannot place, keeping that one in the body", () => {
    const copy = parse("标题\n正文。\n(编辑 张晖)\n审核：钱七");
    expect(rows(copy.credits)).toEqual([["EDITOR", "张晖", null]]);
    expect(paragraphs(copy)).toEqual(["正文。", "审核：钱七"]);
    expect(copy.notes).toEqual(["「审核：钱七」像是署名或稿件信息，但未能识别，已保留在正文中"]);
  });

  it("keeps an end mark such as （完） in the body without a note", () => {
    const copy = parse("标题\n正文。\n（完）\n(编辑 张晖)");
    expect(paragraphs(copy)).toEqual(["正文。", "（完）"]);
    expect(copy.notes).toEqual([]);
  });
});

describe("datelines", () => {
  const beijing = "2022-08-05T05:48:00.000Z";

  it.each([
    ["2022年08月05日13:48来源:中华工商网", "中华工商网"],
    ["2022-08-05 13:48 来源：新华网", "新华网"],
    ["2022年8月5日 13:48 来源: 人民网", "人民网"],
    ["2022年8月5日 13:48 來源：中華網", "中華網"],
    ["2022/08/05 13:48 | 来源：央视网", "央视网"],
    ["2022年8月5日 星期五 13:48 来源：某网", "某网"],
    ["2022年8月5日13时48分 来源：某网", "某网"],
    ["发布时间：2022-08-05 13:48", null],
    ["發佈時間：2022-08-05 13:48 來源：某報", "某報"],
  ] as const)("%s", (dateline, source) => {
    const copy = parse(`标题\n${dateline}\n正文。`);
    expect(copy.publishedAt?.toISOString()).toBe(beijing);
    expect(copy.source).toBe(source);
    expect(paragraphs(copy)).toEqual(["正文。"]);
    expect(copy.notes).toEqual([]);
  });

  it("takes an unkeyed name after the time for the source, and says it guessed", () => {
    const copy = parse("标题\n2022-08-05 13:48 新华网 编辑：张三\n正文。");
    expect(copy.publishedAt?.toISOString()).toBe(beijing);
    expect(copy.source).toBe("新华网");
    expect(rows(copy.credits)).toEqual([["EDITOR", "张三", null]]);
    expect(paragraphs(copy)).toEqual(["正文。"]);
    expect(copy.notes).toEqual(["「新华网」按来源导入，请确认"]);
  });

  it("reads seconds when the page prints them", () => {
    expect(parse("标题\n2022-08-05T13:48:30\n正文。").publishedAt?.toISOString()).toBe("2022-08-05T05:48:30.000Z");
  });

  it("reads a dateline printed above the headline", () => {
    const copy = parse("2022-08-05 13:48 来源：新华网\n标题\n正文。");
    expect(copy.title).toBe("标题");
    expect(copy.publishedAt?.toISOString()).toBe(beijing);
  });

  it("keeps a subtitle between headline and dateline in the body and says so", () => {
    const copy = parse("标题\n——龙泉驿区工商联抗疫纪实\n2022-08-05 13:48 来源：某网\n【记者 张三】正文。");
    expect(copy.publishedAt?.toISOString()).toBe(beijing);
    expect(rows(copy.credits)).toEqual([["REPORTER", "张三", null]]);
    expect(paragraphs(copy)).toEqual(["——龙泉驿区工商联抗疫纪实", "正文。"]);
    expect(copy.notes).toEqual(["「——龙泉驿区工商联抗疫纪实」像是副标题，已保留在正文开头"]);
  });

  it("does not take a paragraph that starts with a date for a dateline", () => {
    const copy = parse("标题\n2022年7月31日，龙泉驿区新市民志愿者协会组织调动200人。");
    expect(copy.publishedAt).toBeNull();
    expect(paragraphs(copy)).toEqual(["2022年7月31日，龙泉驿区新市民志愿者协会组织调动200人。"]);
  });

  it.each([
    ["2022-08-05 来源：某网", "2022-08-05", "日期「2022-08-05」没有具体时间，未填发布时间"],
    [
      "2022年8月5日 星期一 13:48 来源：某网",
      "2022年8月5日 星期一 13:48",
      "日期「2022年8月5日 星期一 13:48」与星期不符，请核对发布时间",
    ],
    ["2022-08-05 13:48 来源：某网 字号：大 中 小", "字号：大 中 小", null],
  ])("reads the source of %s and keeps the part it could not read, saying why", (dateline, kept, why) => {
    const copy = parse(`标题\n${dateline}\n正文。`);
    expect(copy.source).toBe("某网");
    expect(paragraphs(copy)).toEqual([kept, "正文。"]);
    expect(copy.notes).toEqual([...(why ? [why] : []), `「${kept}」未能识别，已保留在正文中`]);
  });

  it.each([
    ["发布时间：昨天", "「发布时间」后的「昨天」不是可识别的日期"],
    ["浏览：123", null],
  ])("keeps %s whole when nothing on it could be read", (dateline, why) => {
    const copy = parse(`标题\n${dateline}\n正文。`);
    expect(paragraphs(copy)).toEqual([dateline, "正文。"]);
    expect(copy.notes).toEqual([...(why ? [why] : []), `「${dateline}」未能完全识别，整行保留在正文中`]);
  });

  it("never reads page furniture beside the names as a person", () => {
    const copy = parse("标题\n来源:新闻学院 编辑:汪泉 浏览次数:1552 字号:大 中 小 打印 关闭\n正文。");
    expect(rows(copy.credits)).toEqual([["EDITOR", "汪泉", null]]);
    expect(copy.source).toBe("新闻学院");
    expect(paragraphs(copy)).toEqual(["浏览次数:1552 字号:大 中 小 打印 关闭", "正文。"]);
  });

  it("still fills what it could read from a line it keeps", () => {
    const copy = parse("标题\n2022-08-05 13:48 来源：某网 字号：大 中 小\n正文。");
    expect(copy.publishedAt?.toISOString()).toBe(beijing);
    expect(copy.source).toBe("某网");
  });

  it("keeps a second, different source in the body", () => {
    const copy = parse("标题\n来源：甲网\n正文。\n来源：乙网");
    expect(copy.source).toBe("甲网");
    expect(paragraphs(copy)).toEqual(["正文。", "来源：乙网"]);
    expect(copy.notes).toContain("来源已从前文读出，「乙网」未采用");
  });
});

describe("names written together", () => {
  it("reports every run the surname table split, with alternatives when it is ambiguous", () => {
    const copy = parse("标题\n【记者王小明李华 通讯员苏显中廖生权】正文。");
    expect(copy.nameSplits).toEqual([
      { text: "王小明李华", names: ["王小明", "李华"], alternatives: [["王小", "明李华"]] },
      { text: "苏显中廖生权", names: ["苏显中", "廖生权"], alternatives: [] },
    ]);
    expect(copy.credits.map((credit) => [credit.name, credit.uncertain])).toEqual([
      ["王小明", true],
      ["李华", true],
      ["苏显中", false],
      ["廖生权", false],
    ]);
    expect(copy.notes).toEqual(["「王小明李华」按姓氏拆分为「王小明」「李华」，也可能是「王小」「明李华」，请确认"]);
  });

  it("flags a guessed boundary between names and an organisation written together", () => {
    const copy = parse("标题\n【通讯员陈明龙泉驿区工商联记者李四】正文。");
    expect(rows(copy.credits)).toEqual([
      ["CORRESPONDENT", "陈明", null],
      ["REPORTER", "李四", "龙泉驿区工商联"],
    ]);
    expect(copy.credits.every((credit) => credit.uncertain)).toBe(true);
    expect(copy.notes).toEqual(["「陈明龙泉驿区工商联」按「陈明」「龙泉驿区工商联」分开是推测的，请核对姓名和单位"]);
  });

  it("counts one person once when two lines credit them in the same role", () => {
    const copy = parse("标题\n作者：张三\n【本报记者 张三】正文。");
    expect(rows(copy.credits)).toEqual([["REPORTER", "张三", "本报"]]);
  });
});

describe("parseBylineText", () => {
  it("returns no credits for text that is not a byline", () => {
    expect(parseBylineText("记者从市卫健委获悉，全市新增病例为零。")).toEqual([]);
    expect(parseBylineText("记者观察")).toEqual([]);
    expect(parseBylineText("编辑部")).toEqual([]);
    expect(parseBylineText("本报记者 张三 报道")).toEqual([]);
  });
});

describe("fixtures", () => {
  it("本报讯 with a closing responsible editor", () => {
    const copy = parse(fixture("benbao-xun.txt"));
    expect(copy.title).toBe("龙泉驿区举办民营企业招聘会");
    expect(copy.publishedAt?.toISOString()).toBe("2022-08-05T05:48:00.000Z");
    expect(copy.source).toBe("成都日报");
    expect(rows(copy.credits)).toEqual([
      ["REPORTER", "张小明", "本报"],
      ["CORRESPONDENT", "李华", null],
      ["RESPONSIBLE_EDITOR", "王五", null],
    ]);
    expect(paragraphs(copy)).toEqual([
      "本报讯 8月5日，龙泉驿区举办民营企业招聘会，共有120家企业参加。",
      "据了解，本次招聘会提供岗位3000余个，涵盖汽车、电子信息等行业。",
    ]);
    expect(copy.notes).toEqual([]);
  });

  it("traditional characters throughout", () => {
    const copy = parse(fixture("traditional.txt"));
    expect(copy.title).toBe("龍泉驛區工商聯同心戰「疫」");
    expect(copy.publishedAt?.toISOString()).toBe("2022-08-05T05:48:00.000Z");
    expect(copy.source).toBe("中華工商網");
    expect(rows(copy.credits)).toEqual([
      ["REPORTER", "陳明", "中華工商時報"],
      ["CORRESPONDENT", "蘇顯中", null],
      ["CORRESPONDENT", "廖生權", null],
      ["PHOTOGRAPHER", "鍾小華", null],
      ["RESPONSIBLE_EDITOR", "張暉", null],
    ]);
    expect(copy.body.content.map((block) => [block.type, blockText(block)])).toEqual([
      ["paragraph", "成都本輪新冠肺炎疫情發生後，龍泉驛區工商聯全面落實各級疫情防控決策部署。"],
      ["heading", "加大疫情防控宣傳"],
      ["paragraph", "龍泉驛區工商聯通過微信公眾號、微信群等多種形式開展宣傳。"],
    ]);
    expect(copy.nameSplits).toEqual([{ text: "蘇顯中廖生權", names: ["蘇顯中", "廖生權"], alternatives: [] }]);
  });

  it("文/图 credits and a closing source-and-editor line", () => {
    const copy = parse(fixture("wen-tu.txt"));
    expect(copy.publishedAt?.toISOString()).toBe("2022-08-05T13:30:00.000Z");
    expect(copy.source).toBe("成都发布");
    expect(rows(copy.credits)).toEqual([
      ["REPORTER", "张三", null],
      ["PHOTOGRAPHER", "李四", null],
      ["EDITOR", "王五", null],
    ]);
    expect(paragraphs(copy)).toEqual(["锦江两岸灯火通明，游人如织。", "夜游锦江已成为成都的一张名片。"]);
  });

  it("two affiliations and a run of names in one byline", () => {
    const copy = parse(fixture("multi-affiliation.txt"));
    expect(rows(copy.credits)).toEqual([
      ["REPORTER", "张三", "四川日报"],
      ["REPORTER", "李四", "中华工商时报"],
      ["CORRESPONDENT", "王小明", null],
      ["CORRESPONDENT", "李华", null],
      ["EDITOR", "张晖", null],
    ]);
    expect(copy.nameSplits.map((split) => split.text)).toEqual(["王小明李华"]);
  });

  it("lines it cannot read stay in the body, and each one is reported", () => {
    const copy = parse(fixture("unreadable-lines.txt"));
    expect(copy.publishedAt).toBeNull();
    expect(copy.source).toBe("某网");
    expect(rows(copy.credits)).toEqual([
      ["TRAINEE_REPORTER", "赵六", null],
      ["RESPONSIBLE_EDITOR", "孙八", null],
    ]);
    expect(paragraphs(copy)).toEqual([
      "2022年13月05日13:48",
      "社区志愿者连续多日坚守岗位。",
      "他们说：“能为大家做点事，值得。”",
      "审核：钱七",
    ]);
    expect(copy.notes).toEqual([
      "无法识别日期「2022年13月05日13:48」，未填发布时间",
      "「2022年13月05日13:48」未能识别，已保留在正文中",
      "「审核：钱七」像是署名或稿件信息，但未能识别，已保留在正文中",
    ]);
  });
});
