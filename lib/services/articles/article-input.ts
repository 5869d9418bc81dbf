// What callers of the article services send. The content's shape comes from the field declaration
// (lib/validations/article-fields.ts); these are the names the services use for it.
export type { ArticleInput } from "@/lib/validations/article-content";
export type { CreditInput } from "@/lib/validations/article-field-kinds";
