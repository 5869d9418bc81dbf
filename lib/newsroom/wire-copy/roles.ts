// The words that introduce credited names in Chinese bylines, simplified and traditional.
import { BUILT_IN_ROLES, type BuiltInRoleKey } from "@/lib/newsroom/credits";

export interface RoleWord {
  word: string;
  /** 图文/X credits X twice: for the words and for the pictures. */
  roles: BuiltInRoleKey[];
  /**
   * One-character and generic words (文, 图, 作者) are ordinary words in prose and in names, so they
   * count only when a mark follows them (文/张三, 作者：张三) and nothing but a separator precedes them.
   */
  needsMark: boolean;
  /** Set when the role loses a qualifier the newsroom's roles do not have (特约记者 → 记者). */
  approximate: boolean;
}

const role = (
  words: string[],
  roles: BuiltInRoleKey[],
  options: { needsMark?: boolean; approximate?: boolean } = {},
): RoleWord[] =>
  words.map((word) => ({
    word,
    roles,
    needsMark: options.needsMark ?? false,
    approximate: options.approximate ?? false,
  }));

const ROLE_WORDS: RoleWord[] = [
  ...role(["见习记者", "見習記者", "实习记者", "實習記者"], ["TRAINEE_REPORTER"]),
  ...role(["实习生", "實習生"], ["TRAINEE_REPORTER"], { approximate: true }),
  ...role(["摄影记者", "攝影記者", "图片作者", "圖片作者"], ["PHOTOGRAPHER"]),
  ...role(
    [
      ...["特约记者", "特約記者", "首席记者", "首席記者", "特派记者", "特派記者"],
      ...["融媒体记者", "融媒體記者", "全媒体记者", "全媒體記者", "驻站记者", "駐站記者"],
    ],
    ["REPORTER"],
    { approximate: true },
  ),
  ...role(["文字作者"], ["REPORTER"]),
  ...role(["责任编辑", "責任編輯", "责编", "責編"], ["RESPONSIBLE_EDITOR"]),
  ...role(["值班编辑", "值班編輯", "文编", "文編"], ["EDITOR"], { approximate: true }),
  ...role(["文字编辑", "文字編輯"], ["EDITOR"]),
  ...role(["记者", "記者"], ["REPORTER"]),
  ...role(["通讯员", "通訊員"], ["CORRESPONDENT"]),
  ...role(["摄影", "攝影"], ["PHOTOGRAPHER"]),
  ...role(["编辑", "編輯"], ["EDITOR"]),
  ...role(["图文", "圖文"], ["REPORTER", "PHOTOGRAPHER"], { needsMark: true }),
  ...role(["作者", "采写", "採寫", "撰文", "文字"], ["REPORTER"], { needsMark: true }),
  ...role(["文"], ["REPORTER"], { needsMark: true }),
  ...role(["图", "圖", "摄", "攝"], ["PHOTOGRAPHER"], { needsMark: true }),
];

/** Words that only label the names after them (作者：, 文／): they add no role of their own. */
export function isGenericWord(entry: RoleWord): boolean {
  return entry.needsMark && entry.roles.length === 1;
}

const byWord = new Map(ROLE_WORDS.map((entry) => [entry.word, entry]));

const MARK_BEFORE = String.raw`(?<=^|[\s\u3000【\[［(（、，,;；|｜丨/／:：])`;
// At the very start of a line a space is mark enough: 文 徐品, 作者 郭军 陆省省.
const MARK_AFTER = String.raw`(?:(?=[\s\u3000]*[/／｜|丨:：])|(?<=^\S{1,2})(?=[\s\u3000]+\S))`;
// 编辑部 and 编辑室 are desks, not a credit.
const NOT_A_DESK = String.raw`(?![部室])`;

function wordPattern(entry: RoleWord): string {
  if (entry.needsMark) return `${MARK_BEFORE}${entry.word}${MARK_AFTER}`;
  return entry.roles.includes("EDITOR") ? `${entry.word}${NOT_A_DESK}` : entry.word;
}

// Longer words first, so that 见习记者 is not read as 记者 and 责任编辑 not as 编辑.
const ALTERNATION = [...ROLE_WORDS]
  .sort((a, b) => b.word.length - a.word.length)
  .map(wordPattern)
  .join("|");

/** Every role word in a text, leftmost first. */
export function findRoleWords(text: string): Array<{ entry: RoleWord; start: number; end: number }> {
  return [...text.matchAll(new RegExp(ALTERNATION, "g"))].flatMap((match) => {
    const entry = byWord.get(match[0]);
    return entry ? [{ entry, start: match.index, end: match.index + match[0].length }] : [];
  });
}

export function containsRoleWord(text: string): boolean {
  return new RegExp(ALTERNATION).test(text);
}

/** A line that starts with a role word, optionally after 本报 (本报记者 张三 …). */
export const STARTS_WITH_ROLE = new RegExp(`^(?:本[报報刊台臺网網])?(?:${ALTERNATION})`);

export function approximationNote(entry: RoleWord): string | null {
  if (!entry.approximate) return null;
  const label = entry.roles.map((key) => BUILT_IN_ROLES[key].zh).join("、");
  return `「${entry.word}」按「${label}」导入，请确认`;
}

/**
 * Credit words the newsroom has no role for. A short line led by one of them is a credit the importer
 * cannot place, so it stays in the body and the editor is told.
 */
export const UNKNOWN_CREDIT_WORDS = [
  ...["审核", "審核", "校对", "校對", "监制", "監製", "统筹", "統籌", "策划", "策劃", "视频", "視頻"],
  ...["剪辑", "剪輯", "设计", "設計", "制图", "製圖", "翻译", "翻譯", "编译", "編譯", "出品", "主编", "主編"],
  ...["总编", "總編", "终审", "終審", "二审", "二審", "一审", "一審", "初审", "初審", "复审", "複審"],
  ...["审校", "審校", "审稿", "審稿", "美编", "美編", "排版", "版式", "校审", "校審"],
];

export const UNKNOWN_CREDIT = new RegExp(
  String.raw`^[(（【[［]?\s*(?:${UNKNOWN_CREDIT_WORDS.join("|")})\s*[:：/／｜|丨\s]`,
);
