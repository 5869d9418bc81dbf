import { describe, expect, it } from "vitest";
import { formatByline, formatClosingLine } from "@/lib/newsroom/byline";
import type { CreditLine } from "@/lib/newsroom/credits";

const reference: CreditLine[] = [
  { role: "REPORTER", name: "陈明", affiliation: "中华工商时报" },
  { role: "CORRESPONDENT", name: "苏显中" },
  { role: "CORRESPONDENT", name: "廖生权" },
  { role: "EDITOR", name: "张晖" },
];

describe("bylines in house style", () => {
  it("renders the reference article's byline and closing", () => {
    expect(formatByline(reference)).toBe("【中华工商时报记者 陈明 通讯员 苏显中 廖生权】");
    expect(formatClosingLine(reference)).toBe("(编辑 张晖)");
  });

  it("prints nothing for roles no one holds", () => {
    expect(formatByline([{ role: "EDITOR", name: "张晖" }])).toBeNull();
    expect(formatClosingLine([{ role: "REPORTER", name: "陈明" }])).toBeNull();
    expect(formatByline([])).toBeNull();
  });

  it("labels each affiliation separately", () => {
    expect(
      formatByline([
        { role: "REPORTER", name: "陈明", affiliation: "中华工商时报" },
        { role: "REPORTER", name: "李华", affiliation: "四川日报" },
        { role: "REPORTER", name: "王强", affiliation: "四川日报" },
      ]),
    ).toBe("【中华工商时报记者 陈明 四川日报记者 李华 王强】");
  });
});
