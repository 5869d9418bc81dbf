// Cache tags for public content. Writes name the tags they touch; reads are cached under them.
export const TAGS = {
  /** Any list of published articles: home, sections, tags, people, feeds. */
  articleLists: "articles",
  article: (id: number) => `article:${id}`,
  person: (id: number) => `person:${id}`,
  sections: "sections",
  settings: "settings",
} as const;
