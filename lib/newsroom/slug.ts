// URL slugs. Chinese names stay Chinese (browsers show them, and they percent-encode cleanly);
// Latin letters are lower-cased and runs of anything else become one hyphen.

export function tagSlug(name: string): string {
  return name
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/** Section slugs are chosen by an editor: lower-case Latin letters, digits and hyphens. */
export const SECTION_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
