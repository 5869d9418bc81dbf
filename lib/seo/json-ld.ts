// schema.org NewsArticle for article pages (https://schema.org/NewsArticle), built from the same
// public view the page renders, so what search engines read matches what readers see.
import { articlePath, personPath, sectionPath, type PublicArticle } from "@/lib/content/article-view";
import { bodyPlainText, bodyWordCount } from "@/lib/newsroom/body";
import { articleShareImages } from "@/lib/seo/share-image";

interface Site {
  url: string;
  name: string;
  logoUrl: string;
  /** The content language (BCP 47), from the site settings. */
  language: string;
}

type Thing = Record<string, unknown>;

const AUTHOR_ROLES = new Set(["REPORTER", "TRAINEE_REPORTER"]);
const EDITOR_ROLES = new Set(["EDITOR", "RESPONSIBLE_EDITOR"]);

function person(site: Site, credit: PublicArticle["credits"][number]): Thing {
  return {
    "@type": "Person",
    name: credit.name,
    url: `${site.url}${personPath(credit.personId)}`,
    jobTitle: credit.role.zh,
    ...(credit.affiliation ? { affiliation: { "@type": "Organization", name: credit.affiliation } } : {}),
  };
}

export function newsArticleJsonLd(site: Site, article: PublicArticle): Thing {
  const url = `${site.url}${articlePath(article.id)}`;
  const credits = article.credits;
  const text = bodyPlainText(article.body);
  const shared = articleShareImages(article, site);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title,
    ...(article.subtitle ? { alternativeHeadline: article.subtitle } : {}),
    description: article.summary ?? text.slice(0, 160),
    inLanguage: site.language,
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt,
    author: credits.filter((credit) => AUTHOR_ROLES.has(credit.role.key)).map((credit) => person(site, credit)),
    contributor: credits
      .filter((credit) => !AUTHOR_ROLES.has(credit.role.key) && !EDITOR_ROLES.has(credit.role.key))
      .map((credit) => person(site, credit)),
    editor: credits.filter((credit) => EDITOR_ROLES.has(credit.role.key)).map((credit) => person(site, credit)),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.name,
      url: `${site.url}/`,
      logo: { "@type": "ImageObject", url: site.logoUrl, width: 512, height: 512 },
    },
    // Google asks every article for an image, best several at 16:9, 4:3 and 1:1: the cover, or the
    // generated card at those ratios (lib/seo/share-image.ts).
    image: shared.structured.map((image) => ({
      "@type": "ImageObject",
      url: image.url,
      width: image.width,
      height: image.height,
      ...(shared.fromCover && article.cover?.caption ? { caption: article.cover.caption } : {}),
      ...(shared.fromCover && article.cover?.credit ? { creditText: article.cover.credit } : {}),
    })),
    ...(article.section ? { articleSection: article.section.name } : {}),
    ...(article.tags.length ? { keywords: article.tags.map((tag) => tag.name).join(", ") } : {}),
    ...(article.source ? { sourceOrganization: { "@type": "Organization", name: article.source } } : {}),
    ...(article.corrections.length
      ? {
          correction: article.corrections.map((correction) => ({
            "@type": "CorrectionComment",
            text: correction.text,
            datePublished: correction.at,
          })),
        }
      : {}),
    wordCount: bodyWordCount(article.body),
    isAccessibleForFree: true,
    ...(article.section
      ? { isPartOf: { "@type": "CollectionPage", url: `${site.url}${sectionPath(article.section.slug)}` } }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the element. */
export function jsonLdScript(data: Thing): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
