import type { CreditRoleKey } from "@/lib/newsroom/credits";

export interface CreditRow {
  role: CreditRoleKey;
  name: string;
  affiliation: string;
}

/** The article form's fields as the editor typed them (strings), to fill the form again. */
export interface ArticleFormValues {
  id?: number;
  version?: number;
  title: string;
  source: string;
  publishedAt: string;
  body: string;
  credits: CreditRow[];
}

export const emptyArticleForm: ArticleFormValues = {
  title: "",
  source: "",
  publishedAt: "",
  body: "",
  credits: [
    { role: "REPORTER", name: "", affiliation: "" },
    { role: "CORRESPONDENT", name: "", affiliation: "" },
    { role: "EDITOR", name: "", affiliation: "" },
  ],
};
