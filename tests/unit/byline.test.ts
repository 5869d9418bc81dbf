import { describe, expect, it } from "vitest";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import { BUILT_IN_ROLES, type CreditLine } from "@/lib/newsroom/credits";

const { REPORTER, CORRESPONDENT, EDITOR, PHOTOGRAPHER, RESPONSIBLE_EDITOR, TRAINEE_REPORTER } = BUILT_IN_ROLES;

const reference: CreditLine[] = [
  { role: REPORTER, name: "陈明", affiliation: "中华工商时报" },
  { role: CORRESPONDENT, name: "苏显中" },
  { role: CORRESPONDENT, name: "廖生权" },
  { role: EDITOR, name: "张晖" },
];

describe("bylines in Chinese house style", () => {
  it("renders the reference article's byline and closing", () => {
    expect(formatByline(reference)).toBe("【中华工商时报记者 陈明 通讯员 苏显中 廖生权】");
    expect(formatClosingLine(reference)).toBe("(编辑 张晖)");
  });

  it("prints nothing for roles no one holds", () => {
    expect(formatByline([{ role: EDITOR, name: "张晖" }])).toBeNull();
    expect(formatClosingLine([{ role: REPORTER, name: "陈明" }])).toBeNull();
    expect(formatByline([])).toBeNull();
  });

  it("labels each affiliation separately", () => {
    expect(
      formatByline([
        { role: REPORTER, name: "陈明", affiliation: "中华工商时报" },
        { role: REPORTER, name: "李华", affiliation: "四川日报" },
        { role: REPORTER, name: "王强", affiliation: "四川日报" },
      ]),
    ).toBe("【中华工商时报记者 陈明 四川日报记者 李华 王强】");
  });

  it("prints trainee reporters, photographers, responsible editors and roles admins add", () => {
    const custom = { key: "TRANSLATOR", zh: "翻译", en: "Translator", placement: "byline" as const };
    const credits: CreditLine[] = [
      { role: TRAINEE_REPORTER, name: "刘洋" },
      { role: PHOTOGRAPHER, name: "赵敏" },
      { role: custom, name: "周杰" },
      { role: EDITOR, name: "张晖" },
      { role: RESPONSIBLE_EDITOR, name: "王芳" },
    ];
    expect(formatByline(credits)).toBe("【见习记者 刘洋 摄影 赵敏 翻译 周杰】");
    expect(formatClosingLine(credits)).toBe("(编辑 张晖 责任编辑 王芳)");
  });
});

describe("bylines in English site style", () => {
  it("renders By …; Edited by …", () => {
    expect(formatByline(reference, "en")).toBe("By 陈明 (中华工商时报); Correspondent: 苏显中 and 廖生权");
    expect(formatClosingLine(reference, "en")).toBe("Edited by 张晖");
  });

  it("handles a byline with no reporter and several affiliations", () => {
    expect(
      formatByline(
        [
          { role: CORRESPONDENT, name: "苏显中", affiliation: "龙泉驿区工商联" },
          { role: REPORTER, name: "陈明", affiliation: "中华工商时报" },
          { role: REPORTER, name: "李华", affiliation: "四川日报" },
        ],
        "en",
      ),
    ).toBe("Correspondent: 苏显中 (龙泉驿区工商联); Reporter: 陈明 (中华工商时报); Reporter: 李华 (四川日报)");
  });
});
