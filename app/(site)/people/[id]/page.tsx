import { PersonListing, personMetadata } from "@/app/(site)/_listings/person";

// Rendered at the first request, then served from the cache until a write expires it.
export const generateStaticParams = (): Array<{ id: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/people/[id]">) {
  return personMetadata((await params).id);
}

export default async function Page({ params }: PageProps<"/people/[id]">) {
  return <PersonListing id={(await params).id} />;
}
