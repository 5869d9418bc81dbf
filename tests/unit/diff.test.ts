import { describe, expect, it } from "vitest";
import { diffBlocks, diffSequence, diffText } from "@/lib/newsroom/diff";

describe("diffs between revisions", () => {
  it("finds the longest common subsequence", () => {
    expect(diffSequence([..."ABCBDAB"], [..."BDCABA"]).filter((op) => op.op === "equal")).toHaveLength(4);
  });

  it("marks changed Chinese text character by character", () => {
    expect(diffText("龙泉驿区工商联捐赠物资", "龙泉驿区商会捐赠抗疫物资")).toEqual([
      { op: "equal", value: "龙泉驿区" },
      { op: "delete", value: "工" },
      { op: "equal", value: "商" },
      { op: "delete", value: "联" },
      { op: "insert", value: "会" },
      { op: "equal", value: "捐赠" },
      { op: "insert", value: "抗疫" },
      { op: "equal", value: "物资" },
    ]);
  });

  it("reads a replaced paragraph as a change, and reports added and removed blocks", () => {
    const before = [
      { label: "段落", text: "第一段。" },
      { label: "小标题", text: "旧标题" },
      { label: "段落", text: "将被删除。" },
    ];
    const after = [
      { label: "段落", text: "第一段,改过。" },
      { label: "小标题", text: "旧标题" },
      { label: "段落", text: "新增段落。" },
      { label: "段落", text: "又一段。" },
    ];
    const changes = diffBlocks(before, after);
    expect(changes.map((change) => change.kind)).toEqual(["change", "equal", "change", "insert"]);
    expect(changes[0]).toEqual({
      kind: "change",
      label: "段落",
      runs: [
        { op: "equal", value: "第一段" },
        { op: "insert", value: ",改过" },
        { op: "equal", value: "。" },
      ],
    });
  });

  it("does not try to diff inside enormous paragraphs", () => {
    const runs = diffText("甲".repeat(3000), "乙".repeat(3000));
    expect(runs).toEqual([
      { op: "delete", value: "甲".repeat(3000) },
      { op: "insert", value: "乙".repeat(3000) },
    ]);
  });
});
