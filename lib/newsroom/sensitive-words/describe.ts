// Hits named in plain Chinese, for the service's refusals (which, like every service message, are in
// Chinese); the editor shows them with the interface language's labels (lib/i18n/messages/words-*.ts).
import type { TextPlace, WordHit } from "./matcher";

const FIXED: Record<string, string> = {
  kicker: "引题",
  title: "标题",
  subtitle: "副题",
  summary: "摘要",
  coverAlt: "封面图片的替代文字",
  coverCaption: "封面图片的图注",
  coverCredit: "封面图片的摄影署名",
};

export function placeZh(place: TextPlace): string {
  if (!("n" in place)) return FIXED[place.field]!;
  switch (place.field) {
    case "body":
      return `正文第 ${place.n} 段`;
    case "alt":
      return `正文第 ${place.n} 张图片的替代文字`;
    case "caption":
      return `正文第 ${place.n} 张图片的图注`;
    case "imageCredit":
      return `正文第 ${place.n} 张图片的摄影署名`;
    case "credit":
      return `第 ${place.n} 个署名`;
  }
}

/** “敏感词”(标题:“…含有敏感词的…”,建议改为“…”) */
export function describeHitZh(hit: WordHit): string {
  const excerpt = `${hit.excerpt.before}${hit.excerpt.match}${hit.excerpt.after}`;
  const suggestion = hit.replacement ? `,建议改为“${hit.replacement}”` : "";
  return `“${hit.phrase}”(${placeZh(hit.place)}:“${excerpt}”${suggestion})`;
}
