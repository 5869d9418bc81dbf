import { NotFoundNotice } from "@/components/site/not-found-notice";
import { currentMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  return <NotFoundNotice m={(await currentMessages()).site} />;
}
