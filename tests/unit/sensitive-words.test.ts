import { describe, expect, it } from "vitest";
import { AhoCorasick } from "@/lib/newsroom/sensitive-words/aho-corasick";
import { articleTextSegments } from "@/lib/newsroom/sensitive-words/article-texts";
import { servicesEn } from "@/lib/i18n/messages/services-en";
import { word } from "@/lib/services/errors";
import { hitSaid } from "@/lib/services/sensitive-words/describe-hits";

const describeHitZh = (hit: Parameters<typeof hitSaid>[0]) => word(hitSaid(hit));
import { CompiledPhrases, type PhraseEntry } from "@/lib/newsroom/sensitive-words/matcher";
import { normalisePhrase, normaliseText, originalRange } from "@/lib/newsroom/sensitive-words/normalize";
import { textToDoc } from "@/lib/newsroom/body";
import { parseBulkLine } from "@/lib/validations/sensitive-words";

/** Every occurrence by brute force: what the automaton must find. */
function naive(patterns: string[], text: string) {
  const found: Array<{ pattern: number; start: number; end: number }> = [];
  patterns.forEach((pattern, index) => {
    if (!pattern) return;
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
      found.push({ pattern: index, start: at, end: at + pattern.length });
    }
  });
  const key = (m: { pattern: number; start: number }) => `${m.start}:${m.pattern}`;
  return found.map(key).sort();
}

describe("Aho–Corasick automaton", () => {
  it("finds every occurrence of every pattern, overlapping and nested ones too", () => {
    const patterns = ["he", "she", "his", "hers"];
    const matches = new AhoCorasick(patterns).search("ushers");
    expect(matches).toEqual(
      expect.arrayContaining([
        { pattern: 1, start: 1, end: 4 },
        { pattern: 0, start: 2, end: 4 },
        { pattern: 3, start: 2, end: 6 },
      ]),
    );
    expect(matches).toHaveLength(3);
  });

  it("follows failure links across Chinese patterns that share prefixes and suffixes", () => {
    const patterns = ["中国", "中国人民", "人民", "民银行", "人民银行"];
    const text = "中国人民银行发布中国人民的消息";
    const found = new AhoCorasick(patterns).search(text);
    expect(found.map((m) => `${m.start}:${m.pattern}`).sort()).toEqual(naive(patterns, text));
  });

  it("agrees with brute force on random texts over a small alphabet (where failures are frequent)", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = (length: number) => Array.from({ length }, () => "abc"[Math.floor(random() * 3)]).join("");
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(random() * 8) }, () => word(1 + Math.floor(random() * 4)));
      const text = word(Math.floor(random() * 40));
      const found = new AhoCorasick(patterns).search(text);
      expect(found.map((m) => `${m.start}:${m.pattern}`).sort()).toEqual(naive(patterns, text));
    }
  });

  it("reports a pattern listed twice under both indexes, ignores empty patterns, finds nothing in empty text", () => {
    const automaton = new AhoCorasick(["ab", "", "ab"]);
    expect(
      automaton
        .search("xab")
        .map((m) => m.pattern)
        .sort(),
    ).toEqual([0, 2]);
    expect(automaton.search("")).toEqual([]);
    expect(new AhoCorasick([]).search("anything")).toEqual([]);
  });

  it("handles characters outside the Basic Multilingual Plane as their two code units", () => {
    const found = new AhoCorasick(["𠮷野"]).search("吉野家与𠮷野家");
    expect(found).toEqual([{ pattern: 0, start: 4, end: 7 }]);
  });
});

describe("normalisation", () => {
  it("makes traditional characters simplified, one character at a time", () => {
    expect(normaliseText("說話臺灣乾淨頭髮").text).toBe("说话台湾干净头发");
    expect(normalisePhrase("國際新聞")).toBe(normalisePhrase("国际新闻"));
  });

  it("makes full-width letters and digits half-width and lower case", () => {
    expect(normaliseText("ＡＢＣ１２３abc").text).toBe("abc123abc");
  });

  it("drops spaces (ideographic ones too), punctuation, symbols and zero-width characters", () => {
    expect(normaliseText("敏 感\u3000词").text).toBe("敏感词");
    expect(normaliseText("敏,感·词!").text).toBe("敏感词");
    expect(normaliseText("敏\u200b感★词\n").text).toBe("敏感词");
  });

  it("maps each normalised unit back to the character it came from", () => {
    const original = "前文 敏 感·詞 後文";
    const normalised = normaliseText(original);
    const from = normalised.text.indexOf("敏感词");
    const range = originalRange(normalised, from, from + 3);
    expect(original.slice(range.start, range.end)).toBe("敏 感·詞");
  });

  it("keeps offsets right around surrogate pairs and characters that NFKC lengthens", () => {
    const original = "𠮷㈱敏感";
    const normalised = normaliseText(original);
    expect(normalised.text).toBe("𠮷株敏感");
    const from = normalised.text.indexOf("敏");
    expect(original.slice(...Object.values(originalRange(normalised, from, from + 2)))).toBe("敏感");
    expect(normalised.start[0]).toBe(0);
    expect(normalised.end[0]).toBe(2);
  });
});

const entry = (
  id: number,
  phrase: string,
  level: "BLOCK" | "WARN",
  replacement: string | null = null,
): PhraseEntry => ({
  id,
  phrase,
  level,
  replacement,
  note: null,
});

describe("the compiled list", () => {
  const list = new CompiledPhrases([
    entry(1, "敏感词", "BLOCK"),
    entry(2, "老百姓", "WARN", "群众"),
    entry(3, "!!!", "BLOCK"),
  ]);

  it("leaves out phrases that normalise to nothing", () => {
    expect(list.size).toBe(2);
  });

  it("finds a phrase written in traditional characters, full width or broken up, and shows it in place", () => {
    const [hit] = list.find([{ place: { field: "body", n: 2 }, text: "这里有一个敏 感·詞,在中间。" }]);
    expect(hit).toMatchObject({
      phraseId: 1,
      level: "BLOCK",
      matched: "敏 感·詞",
      place: { field: "body", n: 2 },
      excerpt: { before: "这里有一个", match: "敏 感·詞", after: ",在中间。" },
    });
    expect(describeHitZh(hit!)).toBe("“敏感词”(正文第 2 段:“这里有一个敏 感·詞,在中间。”)");
  });

  it("gives each hit its suggestion and names its place", () => {
    const hits = list.find([
      { place: { field: "title" }, text: "老百姓的日子" },
      { place: { field: "caption", n: 1 }, text: "老 百 姓" },
    ]);
    expect(hits.map((hit) => [hit.place.field, hit.replacement])).toEqual([
      ["title", "群众"],
      ["caption", "群众"],
    ]);
    expect(describeHitZh(hits[1]!)).toContain("正文第 1 张图片的图注");
    expect(describeHitZh(hits[1]!)).toContain("建议改为“群众”");
    expect(word(hitSaid(hits[1]!), servicesEn)).toContain("caption of body image 1");
  });

  it("cuts long texts down to an excerpt around the hit", () => {
    const text = `${"前".repeat(40)}老百姓${"后".repeat(40)}`;
    const [hit] = list.find([{ place: { field: "summary" }, text }]);
    expect(hit!.excerpt.before).toBe(`…${"前".repeat(12)}`);
    expect(hit!.excerpt.after).toBe(`${"后".repeat(12)}…`);
  });

  it("finds nothing in clean text, and an empty list finds nothing at all", () => {
    expect(list.find([{ place: { field: "title" }, text: "今天天气很好" }])).toEqual([]);
    expect(new CompiledPhrases([]).find([{ place: { field: "title" }, text: "敏感词" }])).toEqual([]);
  });
});

describe("the texts of an article", () => {
  it("reads headlines, each body block, images' alt, caption and credit, the cover and credited names", () => {
    const body = textToDoc("第一段\n第二段");
    body.content.push({
      type: "image",
      attrs: { src: "/media/a/640w.jpg", alt: "替代", caption: "图注", credit: "摄影者" },
    });
    body.content.push({
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "引文" }] }],
    });
    const segments = articleTextSegments({
      kicker: "引题",
      title: "标题",
      subtitle: null,
      summary: "摘要",
      body,
      credits: [{ name: "陈明" }],
      cover: { alt: "封面替代", caption: null, credit: "封面摄影" },
    });
    expect(segments).toEqual([
      { place: { field: "kicker" }, text: "引题" },
      { place: { field: "title" }, text: "标题" },
      { place: { field: "summary" }, text: "摘要" },
      { place: { field: "body", n: 1 }, text: "第一段" },
      { place: { field: "body", n: 2 }, text: "第二段" },
      { place: { field: "body", n: 4 }, text: "引文" },
      { place: { field: "alt", n: 1 }, text: "替代" },
      { place: { field: "caption", n: 1 }, text: "图注" },
      { place: { field: "imageCredit", n: 1 }, text: "摄影者" },
      { place: { field: "coverAlt" }, text: "封面替代" },
      { place: { field: "coverCredit" }, text: "封面摄影" },
      { place: { field: "credit", n: 1 }, text: "陈明" },
    ]);
  });

  it("reads block types it does not know by their text nodes", () => {
    const segments = articleTextSegments({
      kicker: null,
      title: "t",
      subtitle: null,
      summary: null,
      body: {
        type: "doc",
        content: [{ type: "factBox", content: [{ type: "paragraph", content: [{ type: "text", text: "资料" }] }] }],
      },
      credits: [],
    });
    expect(segments).toContainEqual({ place: { field: "body", n: 1 }, text: "资料" });
  });
});

describe("pasted lines", () => {
  it("reads a phrase, and a suggestion after =>, → or a tab", () => {
    expect(parseBulkLine("  敏感词  ")).toEqual({ phrase: "敏感词", replacement: null });
    expect(parseBulkLine("老百姓 => 群众")).toEqual({ phrase: "老百姓", replacement: "群众" });
    expect(parseBulkLine("老百姓→群众")).toEqual({ phrase: "老百姓", replacement: "群众" });
    expect(parseBulkLine("老百姓\t群众")).toEqual({ phrase: "老百姓", replacement: "群众" });
    expect(parseBulkLine("   ")).toBeNull();
  });
});
