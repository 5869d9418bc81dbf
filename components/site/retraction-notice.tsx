import type { Retraction } from "@/lib/content/queries";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { formatDateline } from "@/lib/newsroom/time";

/** What a retracted article's address shows (with 410 Gone): when it was withdrawn, and why. */
export function RetractionNotice({
  retraction,
  messages,
  timeZone,
}: {
  retraction: Retraction;
  messages: Messages;
  timeZone: string;
}) {
  const r = messages.retraction;
  return (
    <article className="mx-auto max-w-3xl px-4 py-16 leading-8">
      <h1 className="font-serif text-3xl font-black">{r.heading}</h1>
      <p className="mt-6">
        {fill(r.before, { title: retraction.title })}
        <time dateTime={retraction.at}>{formatDateline(new Date(retraction.at), timeZone, messages.dateStyle)}</time>
        {r.after}
      </p>
      <p className="mt-4">{fill(r.note, { note: retraction.note ?? "" })}</p>
    </article>
  );
}
