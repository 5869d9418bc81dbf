import { zhCN, type Messages } from "@/lib/i18n/zh-CN";

/** The UI strings. zh-CN is the default; other languages plug in here. */
export function getMessages(): Messages {
  return zhCN;
}

export type { Messages };
