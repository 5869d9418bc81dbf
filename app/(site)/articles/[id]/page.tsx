import type { Metadata } from "next";
import { Missing, missingMetadata } from "@/app/(site)/_listings/missing";
import { ArticleContext } from "@/components/site/article-context";
import { ArticlePage } from "@/components/site/article-page";
import { ArticleTopics } from "@/components/site/article-topics";
import { LiveCoverage } from "@/components/site/live-coverage";
import { RetractionNotice } from "@/components/site/retraction-notice";
import { WeChatShare } from "@/components/site/wechat-share";
import {
  declareGone,
  getArticleContext,
  getPublishedArticle,
  getRetraction,
  getSiteSettings,
} from "@/lib/content/articles";
import type { PublicArticle } from "@/lib/content/article-view";
import { liveView } from "@/lib/content/live-view";
import { getLiveCoverage } from "@/lib/content/live";
import { getArticleTopics } from "@/lib/content/topics";
import { getResponsibleEditor } from "@/lib/content/responsible-editor";
import type { Retraction } from "@/lib/content/queries";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import { articleDescription, articleMetadata } from "@/lib/seo/page-metadata";
import { articleShareImages } from "@/lib/seo/share-image";
import { shareSite } from "@/lib/seo/share-site";
import { CONTENT_LANGUAGE_CODES } from "@/lib/i18n/content-language";
import { jsonLdScript, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { liveBlogPostingJsonLd } from "@/lib/seo/live-json-ld";
import { parseId } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";

type Props = PageProps<"/articles/[id]">;

// Rendered at the first request for each article, then served from the cache until a write expires it.
export const generateStaticParams = (): Array<{ id: string }> => [];
export const revalidate = 3600;

type Loaded = { article: PublicArticle; retraction?: never } | { article?: never; retraction: Retraction };

/** The article, its retraction notice, or null when the address names neither (a 404). */
async function load(params: Props["params"]): Promise<Loaded | null> {
  const id = parseId((await params).id);
  if (id === null) return null;
  const article = await getPublishedArticle(id);
  if (article) return { article };
  const retraction = await getRetraction(id);
  if (!retraction) return null;
  await declareGone();
  return { retraction };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return missingMetadata();
  const { article, retraction } = loaded;
  if (retraction) {
    const m = await currentMessages();
    return {
      title: { absolute: fill(m.retraction.title, { title: retraction.title, siteName: env.siteName }) },
      robots: { index: false },
    };
  }
  return articleMetadata(await shareSite(), article);
}

export default async function ArticleRoute({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return <Missing />;
  const { article, retraction } = loaded;
  if (retraction) {
    return <RetractionNotice retraction={retraction} messages={await currentMessages()} timeZone={env.timeZone} />;
  }
  const [settings, context, topics, coverage, responsible, messages] = await Promise.all([
    getSiteSettings(),
    getArticleContext(article),
    getArticleTopics(article.id),
    getLiveCoverage(article.id),
    getResponsibleEditor(article.id),
    currentMessages(),
  ]);
  const site = {
    url: env.siteUrl,
    name: env.siteName,
    logoUrl: `${env.siteUrl}/logo.png`,
    language: CONTENT_LANGUAGE_CODES[settings.contentLanguage].tag,
  };
  const jsonLd = coverage ? liveBlogPostingJsonLd(site, article, coverage) : newsArticleJsonLd(site, article);
  return (
    <>
      <WeChatShare
        title={article.title}
        description={articleDescription(article)}
        image={articleShareImages(article, site).square}
      />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <ArticlePage article={article} timeZone={env.timeZone} bylineStyle={settings.bylineStyle} />
      {coverage && (
        <LiveCoverage
          articleId={article.id}
          view={liveView(coverage, messages, env.timeZone)}
          m={messages.topics.live}
        />
      )}
      <ArticleTopics topics={topics} label={messages.topics.inTopics} />
      {responsible && (
        <p
          className="mx-auto -mt-6 max-w-3xl px-4 text-right text-sm text-neutral-600 dark:text-neutral-400"
          data-testid="responsible-editor"
        >
          {fill(messages.review.publicResponsibleEditor, { name: responsible })}
        </p>
      )}
      {context && <ArticleContext related={context.related} previous={context.previous} next={context.next} />}
      {/* Only with VIEWS_SOURCE=beacon: otherwise views are counted from this page's own requests, and
          the page carries nothing for it. The same bytes for every reader either way. */}
      {env.views.source === "beacon" && <script data-masthead src="/views.js" data-article={article.id} defer />}
    </>
  );
}
