/** One credit row as the editor typed it. */
export interface CreditRow {
  roleKey: string;
  name: string;
  affiliation: string;
}

/** The cover as the picker shows it: enough to draw a thumbnail and name it. */
export interface CoverChoice {
  id: number;
  url: string;
  width: number;
  height: number;
  alt: string;
  name: string;
}

/** The article form's fields as the editor typed them (strings), to fill the form again. */
export interface ArticleFormValues {
  id?: number;
  version?: number;
  kicker: string;
  title: string;
  subtitle: string;
  summary: string;
  source: string;
  sourceUrl: string;
  sectionId: string;
  tags: string;
  publishedAt: string;
  embargoUntil: string;
  scheduledAt: string;
  /** The body as the editor's hidden field holds it (JSON of the document). */
  body: string;
  credits: CreditRow[];
  cover: CoverChoice | null;
}

export const emptyArticleForm: ArticleFormValues = {
  kicker: "",
  title: "",
  subtitle: "",
  summary: "",
  source: "",
  sourceUrl: "",
  sectionId: "",
  tags: "",
  publishedAt: "",
  embargoUntil: "",
  scheduledAt: "",
  body: "",
  credits: [
    { roleKey: "REPORTER", name: "", affiliation: "" },
    { roleKey: "CORRESPONDENT", name: "", affiliation: "" },
    { roleKey: "EDITOR", name: "", affiliation: "" },
  ],
  cover: null,
};
