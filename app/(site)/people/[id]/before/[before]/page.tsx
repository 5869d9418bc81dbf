import { PersonListing, personMetadata } from "@/app/(site)/_listings/person";

// Older pages (`?before=…`, rewritten here by next.config.js), each cached on its own.
export const generateStaticParams = (): Array<{ id: string; before: string }> => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/people/[id]/before/[before]">) {
  const { id, before } = await params;
  return personMetadata(id, before);
}

export default async function Page({ params }: PageProps<"/people/[id]/before/[before]">) {
  const { id, before } = await params;
  return <PersonListing id={id} before={before} />;
}
