// The check behind "the importer never drops text": every character of the input is in the title,
// source, credits or body, unless it is part of the layout the importer reads.
import { blockText } from "@/lib/newsroom/body";
import type { WireCopy } from "@/lib/newsroom/wire-copy";

// Characters the importer may consume as layout rather than content: dates and times (with the weekday,
// which must agree with the date), field keys, role words (with the qualifiers it reports in a note),
// brackets, separators, the marks that lead a credit line (■本报记者 张三), the 报道 after a credit, and
// the title marks around a source (来源:《工人日报》).
const LAYOUT = new Set([
  ..."0123456789年月日号號时時点點分秒T星期周週礼禮拜一二三四五六天",
  ..."发發布佈时時间間日期来來源稿件文章更新表出处處作者",
  ..."见見习習实實记記者特约約首席摄攝影责責任编編辑輯值班通讯訊员員图圖文字片生",
  ..."融媒體体全驻駐站派采採写寫撰报報道導导",
  ...":：-/／.|｜丨、，,;；【】[]［］()（）《》",
  ..."■□●○◆◇▲△▼▽★☆☉◎※▌▍│↑►▶◀",
]);

function characters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.replace(/[\s\u3000]/g, "")) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/**
 * Characters of `input` that appear in none of the article's fields and are not layout. Credits are
 * matched by presence rather than count, since one person credited twice in one role is one credit.
 */
export function droppedCharacters(input: string, copy: WireCopy): string[] {
  const credited = new Set(copy.credits.flatMap((credit) => [...`${credit.name}${credit.affiliation ?? ""}`]));
  const output = characters([copy.title, copy.source ?? "", ...copy.body.content.map(blockText)].join(""));
  return [...characters(input)].flatMap(([char, count]) =>
    count > (output.get(char) ?? 0) && !LAYOUT.has(char) && !credited.has(char) ? [char] : [],
  );
}
