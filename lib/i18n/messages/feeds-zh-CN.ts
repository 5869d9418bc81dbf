// The words of the feeds (RSS, Atom, JSON Feed), Simplified Chinese; merged into the zh-CN messages as
// `feeds`. Feeds follow the interface language like the pages they mirror.
export const feedsZhCN = {
  /** A section's, tag's or person's feed. */
  scopedTitle: "{name} - {site}",
  description: "{title} 最新文章",
  /** A correction or update inside an item's content. */
  correction: "更正({time}):",
  update: "更新({time}):",
};
