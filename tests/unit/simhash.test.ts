// SimHash over character shingles: the same story (identical, re-spaced, lightly edited) stays within
// NEAR_DUPLICATE_DISTANCE bits; a different story, even on the same subject, does not.
import { describe, expect, it } from "vitest";
import {
  comparable,
  fromSigned64,
  hammingDistance,
  isNearDuplicate,
  NEAR_DUPLICATE_DISTANCE,
  shingles,
  simhash,
  simhashBands,
  toSigned64,
} from "@/lib/newsroom/simhash";
import { referenceText } from "../support/reference-article";

const paragraphs = referenceText
  .split("\n")
  .map((line) => line.trim())
  .filter(Boolean);
const distanceTo = (text: string) => hammingDistance(simhash(referenceText), simhash(text));

// Written for this test: a story that shares nothing with the reference article but its language.
const UNRELATED = [
  "受冷空气影响，今天夜间到明天白天，本市大部分地区将出现小到中雨，局部地区有大雨，气温明显下降。",
  "气象部门提醒市民注意添衣保暖，出行时携带雨具，驾车途经积水路段时减速慢行，注意交通安全。",
  "据介绍，本次降雨过程将持续到周末，之后天气逐渐转好，下周初最高气温将回升到二十度左右。",
  "农业部门建议各地抓住降雨时机做好小麦田间管理，及时排涝防渍，预防病虫害发生。",
].join("\n");

describe("simhash", () => {
  it("gives the same text the same hash, and ignores spacing, punctuation and width", () => {
    expect(distanceTo(referenceText)).toBe(0);
    const respaced = referenceText.replace(/\n+/g, "\n\n   ").replace(/,/g, "，").replace(/7月/g, "７月");
    expect(distanceTo(respaced)).toBe(0);
  });

  it.each([
    ["one sentence reworded", referenceText.replace("展现了新时代工商联的风采。", "展现了工商联的担当。")],
    ["a paragraph cut", paragraphs.filter((_, index) => index !== 10).join("\n")],
    ["a line added", `${referenceText}\n本报将持续关注龙泉驿区的疫情防控工作。`],
    ["a few words changed", referenceText.replace("7月25日", "7月24日").replace("700余件", "七百余件")],
    [
      "a paragraph replaced by another",
      paragraphs.map((text, index) => (index === 9 ? UNRELATED.split("\n")[0] : text)).join("\n"),
    ],
  ])("keeps a lightly edited copy within the threshold: %s", (_name, edited) => {
    expect(distanceTo(edited)).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE);
    expect(isNearDuplicate(simhash(referenceText), simhash(edited))).toBe(true);
  });

  it("does not take a copy with a third of it rewritten for the same text", () => {
    const rewritten = paragraphs.map((text, index) => (index >= 4 && index < 12 ? UNRELATED : text)).join("\n");
    expect(distanceTo(rewritten)).toBeGreaterThan(NEAR_DUPLICATE_DISTANCE);
  });

  it("tells a different story from the reference, even one on the same subject", () => {
    expect(distanceTo(UNRELATED)).toBeGreaterThan(NEAR_DUPLICATE_DISTANCE);
    const first = paragraphs.slice(0, 12).join("\n");
    const second = paragraphs.slice(12).join("\n");
    expect(hammingDistance(simhash(first), simhash(second))).toBeGreaterThan(NEAR_DUPLICATE_DISTANCE);
  });

  it("draws the line at NEAR_DUPLICATE_DISTANCE bits", () => {
    const hash = simhash(referenceText);
    const flip = (bits: number) =>
      [...Array(bits).keys()].reduce((value, bit) => value ^ (1n << BigInt(bit * 7)), hash);
    expect(hammingDistance(hash, flip(NEAR_DUPLICATE_DISTANCE))).toBe(NEAR_DUPLICATE_DISTANCE);
    expect(isNearDuplicate(hash, flip(NEAR_DUPLICATE_DISTANCE))).toBe(true);
    expect(isNearDuplicate(hash, flip(NEAR_DUPLICATE_DISTANCE + 1))).toBe(false);
  });

  it("uses overlapping three-character shingles of letters and digits only", () => {
    expect(shingles("本报讯，记者 张三")).toEqual(["本报讯", "报讯记", "讯记者", "记者张", "者张三"]);
    expect(comparable("短讯一则。")).toBe(false);
    expect(comparable(referenceText)).toBe(true);
  });
});

describe("simhash bands", () => {
  it("are shared by any two hashes within the threshold, so an index lookup finds every near copy", () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let round = 0; round < 500; round += 1) {
      const hash = (BigInt(next()) << 32n) | BigInt(next());
      let near = hash;
      for (let flips = 0; flips < NEAR_DUPLICATE_DISTANCE; flips += 1) near ^= 1n << BigInt(next() % 64);
      const shared = simhashBands(hash).filter((band) => simhashBands(near).includes(band));
      expect(shared.length, `round ${round}`).toBeGreaterThan(0);
    }
  });

  it("never collide across band positions", () => {
    const bands = simhashBands(0n);
    expect(new Set(bands).size).toBe(bands.length);
    expect(simhashBands((1n << 64n) - 1n).every((band, index) => band !== bands[index])).toBe(true);
  });

  it("round-trip through a signed BIGINT column, the high bit included", () => {
    const high = (1n << 63n) | 5n;
    expect(toSigned64(high) < 0n).toBe(true);
    expect(fromSigned64(toSigned64(high))).toBe(high);
  });
});
