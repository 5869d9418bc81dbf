import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { OlderLink } from "@/components/site/older-link";
import { PageHeading } from "@/components/site/page-heading";
import { getSiteSettings, getTagPage } from "@/lib/content/articles";
import { tagPath } from "@/lib/content/article-view";
import { env } from "@/lib/env";
import { listingMetadata } from "@/lib/seo/page-metadata";

type Props = PageProps<"/tags/[slug]">;

async function load({ params, searchParams }: Props) {
  const before = (await searchParams).before;
  const page = await getTagPage(
    decodeURIComponent((await params).slug),
    typeof before === "string" ? before : undefined,
  );
  if (!page) notFound();
  return { ...page, isFirst: typeof before !== "string" };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { tag } = await load(props);
  return listingMetadata(tagPath(tag.slug), `标签:${tag.name}`, `关于“${tag.name}”的最新文章`);
}

export default async function TagPage(props: Props) {
  const [{ tag, articles, next, isFirst }, settings] = await Promise.all([load(props), getSiteSettings()]);
  const path = tagPath(tag.slug);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading kind="标签" title={tag.name} feedPath={path} />
      <ArticleList
        articles={articles}
        timeZone={env.timeZone}
        bylineStyle={settings.bylineStyle}
        empty="这里还没有文章。"
      />
      <OlderLink path={path} next={next} isFirst={isFirst} />
    </div>
  );
}
