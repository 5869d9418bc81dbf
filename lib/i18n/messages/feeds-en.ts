import type { feedsZhCN } from "@/lib/i18n/messages/feeds-zh-CN";

// The words of the feeds, English.
export const feedsEn = {
  scopedTitle: "{name} - {site}",
  description: "Latest articles: {title}",
  correction: "Correction ({time}): ",
  update: "Update ({time}): ",
} satisfies typeof feedsZhCN;
