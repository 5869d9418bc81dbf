import Link from "next/link";
import type { Metadata } from "next";
import { Missing, missingMetadata } from "@/app/(site)/_listings/missing";
import { ArticleLinks } from "@/components/site/article-links";
import { ArticleList } from "@/components/site/article-list";
import { ResponsiveImage } from "@/components/site/responsive-image";
import { PopularLists } from "@/components/site/popular-lists";
import { getHomePage, getSiteSettings } from "@/lib/content/articles";
import { getPopular } from "@/lib/content/popular";
import { articlePath, sectionPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { SIZES } from "@/lib/media/variants";
import { formatByline } from "@/lib/newsroom/byline";
import { currentMessages } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/fill";
import { homeMetadata } from "@/lib/seo/page-metadata";
import { shareSite } from "@/lib/seo/share-site";
import { formatLocalDateTime } from "@/lib/newsroom/time";

// The front page is a catch-all so that `next build` prerenders nothing here (no params are listed) and
// the page is rendered at the first request and then served from the cache; any other address that no
// route knows ends here too, and gets the site's 404 (with the status, from the response cache).
export const generateStaticParams = (): Array<{ front: string[] }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[[...front]]">): Promise<Metadata> {
  if ((await params).front) return missingMetadata();
  const [site, messages] = await Promise.all([shareSite(), currentMessages()]);
  return homeMetadata(site, fill(messages.site.description, { siteName: env.siteName }));
}

export default async function HomePage({ params }: PageProps<"/[[...front]]">) {
  if ((await params).front) return <Missing />;
  const [{ lead, featured, latest, sections }, settings, messages, popular] = await Promise.all([
    getHomePage(),
    getSiteSettings(),
    currentMessages(),
    getPopular(null),
  ]);
  const m = messages.site;
  const style = settings.bylineStyle;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="sr-only">{env.siteName}</h1>
      {lead ? (
        <section
          aria-label={m.lead}
          className="grid gap-6 border-b border-neutral-200 pb-8 md:grid-cols-2 dark:border-neutral-800"
        >
          {lead.cover && (
            <Link href={articlePath(lead.id)} tabIndex={-1} aria-hidden="true">
              <ResponsiveImage image={lead.cover} sizes={SIZES.card} priority className="h-auto w-full rounded" />
            </Link>
          )}
          <div className={lead.cover ? "" : "md:col-span-2"}>
            {lead.kicker && <p className="text-neutral-700 dark:text-neutral-300">{lead.kicker}</p>}
            <h2 className="font-serif text-3xl leading-tight font-black">
              <Link href={articlePath(lead.id)} className="hover:text-accent" data-testid="lead">
                {lead.title}
              </Link>
            </h2>
            {lead.summary && <p className="mt-3 text-lg text-neutral-800 dark:text-neutral-200">{lead.summary}</p>}
            <p className="mt-3 text-sm text-neutral-700 dark:text-neutral-300">
              <time dateTime={lead.publishedAt}>{formatLocalDateTime(new Date(lead.publishedAt), env.timeZone)}</time>{" "}
              {formatByline(lead.credits, style)}
            </p>
          </div>
        </section>
      ) : (
        <p className="py-6">{m.empty}</p>
      )}
      {featured.length > 0 && (
        <section aria-labelledby="featured" className="border-b border-neutral-200 py-6 dark:border-neutral-800">
          <h2 id="featured" className="mb-3 text-sm font-bold tracking-widest text-accent">
            {m.featured}
          </h2>
          <ArticleLinks
            articles={featured}
            className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
            linkClassName="font-serif font-bold hover:text-accent"
          />
        </section>
      )}
      <div className="grid gap-10 py-6 lg:grid-cols-[2fr_1fr]">
        {/* Latest lists what the lead and the picks leave out; with nothing left, there is no block to show
            (an empty one would say "nothing published" under a published lead). */}
        {latest.length > 0 && (
          <section aria-labelledby="latest">
            <h2 id="latest" className="text-sm font-bold tracking-widest text-accent">
              {m.latest}
            </h2>
            <ArticleList articles={latest} timeZone={env.timeZone} bylineStyle={style} headingLevel={3} />
          </section>
        )}
        <div className="space-y-8">
          <PopularLists lists={popular} m={messages.views.popular} />
          {sections.map((section) => (
            <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
              <h2 id={`section-${section.slug}`} className="border-b-2 border-brand pb-1 font-bold">
                <Link href={sectionPath(section.slug)}>{section.name}</Link>
              </h2>
              <ArticleLinks articles={section.articles} className="mt-2 space-y-2" />
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
