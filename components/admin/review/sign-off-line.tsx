import { fill } from "@/lib/i18n/fill";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import Link from "next/link";
import { env } from "@/lib/env";
import { currentMessages } from "@/lib/i18n/server";
import type { SignOffRow } from "@/lib/services/review/chain";

/** Who signed, when, which revision (with a link to what changed since), and their note. */
export async function SignOffLine({ articleId, signOff }: { articleId: number; signOff: SignOffRow }) {
  const messages = await currentMessages({ fresh: true });
  const m = messages.review.panel;
  const history = `/admin/articles/${articleId}/history`;
  return (
    <span>
      {fill(m.signedBy, {
        name: signOff.user?.name ?? m.someone,
        time: formatLocalDateTime(signOff.createdAt, env.timeZone),
      })}
      {signOff.revisionId !== null && (
        <>
          {" · "}
          <Link className="text-brand underline" href={`${history}?a=${signOff.revisionId}&b=${signOff.revisionId}`}>
            {fill(m.revision, { id: signOff.revisionId })}
          </Link>
          {" · "}
          <Link className="text-brand underline" href={`${history}?compare=${signOff.revisionId}`}>
            {m.changesSince}
          </Link>
        </>
      )}
      {signOff.note && (
        <span className="block text-neutral-600 dark:text-neutral-400">{fill(m.note, { note: signOff.note })}</span>
      )}
    </span>
  );
}
