// Telling a news organisation from a person in a byline where nothing separates them
// (四川日报记者张三 中华工商时报记者李四). Only a surname table is available for people, so
// organisations are recognised by how their names end and, where names run into them, by how they start.
import { readsAsNames } from "@/lib/newsroom/chinese-names";

// Endings that almost never close a personal name: a three-character token ending in one is an organisation.
const STRONG_SUFFIX =
  /(?:报|報|社|台|臺|网|網|刊|站|杂志|雜誌|频道|頻道|中心|客户端|客戶端|传媒|傳媒|集团|集團|媒体|媒體|新闻|新聞|电视|電視|广播|廣播|电讯|電訊|观察|觀察|文库|文庫)$/;
// Endings that do close some personal names (王秀会, 李国部): only tokens longer than most names count.
const WEAK_SUFFIX =
  /(?:局|委|会|會|联|聯|厅|廳|办|辦|院|所|部|处|處|署|队|隊|区|區|县|縣|市|省|镇|鎮|乡|鄉|公司|大学|大學|学校|學校|医院|醫院|政府|街道|社区|社區)$/;
const HOUSE = /^本[报報刊台臺网網站社]$/;

// How the names of national media and provincial or city titles start. Used only to find where a
// personal name glued to an organisation ends (陈明中华工商时报 → 陈明 | 中华工商时报).
const ORGANISATION_START = new RegExp(
  "^(?:" +
    [
      "本[报報刊台臺网網站社]",
      "新华|新華|中国|中國|中华|中華|中央|中新|人民|光明|经济|經濟|工人|法治|法制|科技|农民|農民|环球|環球|央视|央視",
      "南方|澎湃|红星|紅星|封面|界面|财新|財新|证券|證券|每日|第一财经|第一財經",
      "北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東",
      "河南|湖北|湖南|广东|廣東|广西|廣西|海南|四川|贵州|貴州|云南|雲南|西藏|陕西|陝西|甘肃|甘肅|青海|宁夏|寧夏",
      "新疆|内蒙古|內蒙古|香港|澳门|澳門|台湾|台灣|臺灣",
      "成都|广州|廣州|深圳|杭州|南京|武汉|武漢|西安|长沙|長沙|郑州|鄭州|济南|濟南|青岛|青島|大连|大連|沈阳|瀋陽",
      "哈尔滨|哈爾濱|长春|長春|石家庄|石家莊|太原|合肥|福州|厦门|廈門|南昌|昆明|贵阳|貴陽|南宁|南寧|海口|兰州|蘭州",
      "西宁|西寧|银川|銀川|乌鲁木齐|烏魯木齊|拉萨|拉薩|呼和浩特|苏州|蘇州|宁波|寧波|无锡|無錫",
    ].join("|") +
    ")",
);

/** True when a byline token is an organisation's name (中华工商时报, 本报, 龙泉驿区工商联). */
export function isOrganisation(token: string): boolean {
  if (HOUSE.test(token)) return true;
  if (token.length >= 3 && STRONG_SUFFIX.test(token)) return true;
  return token.length >= 5 && WEAK_SUFFIX.test(token);
}

export interface GluedSplit {
  names: string;
  organisation: string;
  /** False when no known organisation start confirmed the boundary. */
  confident: boolean;
}

/**
 * Splits names glued to the organisation after them (陈明中华工商时报). A boundary where a known
 * organisation starts is taken with confidence; otherwise the longest organisation wins, because names
 * are short and organisations often start with a place name that doubles as a surname (龙泉驿区工商联).
 */
export function splitGluedOrganisation(token: string): GluedSplit | null {
  let fallback: GluedSplit | null = null;
  for (let at = 2; at <= token.length - 2; at += 1) {
    const names = token.slice(0, at);
    const organisation = token.slice(at);
    if (!readsAsNames(names) || !isOrganisation(organisation)) continue;
    if (ORGANISATION_START.test(organisation)) return { names, organisation, confident: true };
    fallback ??= { names, organisation, confident: false };
  }
  return fallback;
}

// Dispatch headers that name the employer of the reporters credited after them.
const DISPATCHER =
  /^(?:本[报報刊台臺网網]|新华社|新華社|新华网|新華網|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中央社)/;
// 香港文匯報訊, 蚌埠新闻网讯: an organisation's name and 讯.
const NEWS_FROM = /^(.{2,20}?)(?:讯|訊|消息)$/;

/** The affiliation a dispatch header names: 本报讯 → 本报, 新华社北京8月5日电 → 新华社, 香港文匯報訊 → 香港文匯報. */
export function houseOf(dispatch: string): string | null {
  const known = DISPATCHER.exec(dispatch)?.[0];
  if (known) return known;
  const from = NEWS_FROM.exec(dispatch)?.[1];
  return from && isOrganisation(from) && from.length >= 3 ? from : null;
}
