// The page's own furniture that pasted copy brings along: view counts, font-size switches, print and
// close buttons, share prompts. None of it belongs to the story and none of it is ever a person; the
// importer recognises it so that it can neither be read as a name nor end the run of lines around the
// body. It still stays in the body, with a note, for the editor to delete.

/** Labels of page furniture that print a value after a colon (浏览次数：1552, 字号：大 中 小). */
export const PAGE_LABEL_KEYS = [
  ...["浏览次数", "瀏覽次數", "浏览量", "瀏覽量", "浏览", "瀏覽", "阅读量", "閱讀量", "阅读次数", "閱讀次數"],
  ...["阅读", "閱讀", "点击数", "點擊數", "点击量", "點擊量", "点击", "點擊", "访问量", "訪問量", "人气", "人氣"],
  ...["字号", "字號", "字体", "字體", "单位", "單位", "标签", "標籤", "TAG", "Tag", "分享到", "分享"],
];

// Buttons and prompts printed without a value.
const PAGE_WORDS = [
  ...["打印", "关闭", "關閉", "投稿", "推荐", "推薦", "收藏", "纠错", "糾錯", "分享", "我来说两句", "我來說兩句"],
  ...["手机看新闻", "手機看新聞", "放大字体", "放大字體", "缩小字体", "縮小字體", "大字", "小字", "打印本页"],
  ...["关闭窗口", "關閉窗口", "返回顶部", "返回頂部", "大", "中", "小"],
];
const PAGE_WORD = new RegExp(
  `^(?:[【\\[［(（]\\s*)?(?:${[...PAGE_WORDS].sort((a, b) => b.length - a.length).join("|")})(?:\\s*[】\\]］)）])?$`,
);
// A site's address printed beside the date: www.fjnet.cn.
const SITE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i;

/** True when a word is page furniture, or a site's address printed beside the date (www.fjnet.cn). */
export function isPageWord(word: string): boolean {
  return PAGE_WORD.test(word) || SITE.test(word);
}

/** True when a whole line is page furniture: 【打印】 【关闭】, 放大字体 缩小字体, 关闭. */
export function isPageFurniture(line: string): boolean {
  const words = line.split(/[\s\u3000]+/).filter(Boolean);
  return words.length > 0 && words.every(isPageWord) && words.some((word) => !/^[大中小]$/.test(word));
}

/** Splits page furniture off the end of a field's text: 新华网    我来说两句 → 新华网 | 我来说两句. */
export function splitTrailingFurniture(text: string): { text: string; furniture: string | null } {
  const match = /^(.*?\S)((?:[\s\u3000]+\S+)+)$/.exec(text);
  if (!match?.[1] || !match[2]) return { text, furniture: null };
  const words = match[2].split(/[\s\u3000]+/).filter(Boolean);
  let keep = words.length;
  while (keep > 0 && isPageWord(words[keep - 1] ?? "")) keep -= 1;
  if (keep === words.length) return { text, furniture: null };
  const furniture = words.slice(keep).join(" ");
  return { text: [match[1], ...words.slice(0, keep)].join(" "), furniture };
}

// Decorative marks that lead a credit line or a caption: ■本报记者 张三, ◆香港文匯報記者 柴婧, ☉張國財.
export const DECORATIVE_MARK = /^[■□●○◆◇▲△▼▽★☆☉◎※▌▍│↑►▶◀]\s*/;
