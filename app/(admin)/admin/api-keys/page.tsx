import Link from "next/link";
import { CreateApiKeyForm, RevokeApiKeyButton } from "./api-key-forms";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { formatLocalDateTime } from "@/lib/newsroom/time";
import { listApiKeys } from "@/lib/services/api-keys/manage-api-keys";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).api.screen.title };
}

export default async function ApiKeysPage() {
  const user = await requirePermission("/admin/api-keys", "apiKeys.manage");
  const [keys, messages] = await Promise.all([
    listApiKeys({ db: await getDb(), actor: user }),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.api.screen;
  const when = (date: Date) => formatLocalDateTime(date, env.timeZone);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{m.heading}</h1>
      <p className="max-w-3xl text-sm text-neutral-600 dark:text-neutral-400">
        {m.intro}{" "}
        <Link href="/api/v1/openapi.json" className="underline">
          {m.docs}
        </Link>
      </p>
      <section className="space-y-2">
        <h2 className="font-bold">{m.createHeading}</h2>
        <CreateApiKeyForm labels={m} />
      </section>
      {keys.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <table className="text-sm" aria-label={m.title}>
          <thead>
            <tr className="text-left">
              <th className="pr-4">{m.name}</th>
              <th className="pr-4">{m.prefix}</th>
              <th className="pr-4">{m.createdBy}</th>
              <th className="pr-4">{m.createdAt}</th>
              <th className="pr-4">{m.lastUsedAt}</th>
              <th className="pr-4">{m.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id} data-testid="api-key-row">
                <td className="pr-4">{key.name}</td>
                <td className="pr-4">
                  <code>{key.prefix}…</code>
                </td>
                <td className="pr-4">{key.createdBy ?? m.system}</td>
                <td className="pr-4">{when(key.createdAt)}</td>
                <td className="pr-4">{key.lastUsedAt ? when(key.lastUsedAt) : m.never}</td>
                <td className="pr-4">{key.revokedAt ? fill(m.revokedAt, { at: when(key.revokedAt) }) : m.active}</td>
                <td>{!key.revokedAt && <RevokeApiKeyButton id={key.id} name={key.name} labels={m} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
