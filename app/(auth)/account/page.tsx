import { ActionForm } from "@/components/admin/action-form";
import { accountActionContext } from "@/lib/actions/account/account-context";
import { endAllSessionsAction, endSessionAction } from "@/lib/actions/account/sessions";
import { requireAccount } from "@/lib/auth/session";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { listOwnSessions } from "@/lib/services/account/sessions";
import { formatLocalDateTime } from "@/lib/newsroom/time";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).account.sessions.title, robots: { index: false } };
}

export default async function AccountSessionsPage() {
  await requireAccount("/account");
  const [sessions, messages] = await Promise.all([
    listOwnSessions(await accountActionContext(), env.session.idleMs),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.account.sessions;
  const device = (userAgent: string | null) => {
    const described = describeUserAgent(userAgent);
    return described ? fill(m.deviceOn, described) : m.unknownDevice;
  };
  return (
    <>
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{m.intro}</p>
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="p-2">{m.device}</th>
            <th className="p-2">{m.ip}</th>
            <th className="p-2">{m.started}</th>
            <th className="p-2">{m.lastSeen}</th>
            <th className="p-2">
              <span className="sr-only">{m.signOut}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr
              key={session.id}
              className="border-b border-neutral-100 dark:border-neutral-800"
              data-testid="session-row"
            >
              <td className="p-2">{device(session.userAgent)}</td>
              <td className="p-2 font-mono text-xs">{session.ip ?? "—"}</td>
              <td className="p-2">{formatLocalDateTime(session.createdAt, env.timeZone)}</td>
              <td className="p-2">{formatLocalDateTime(session.lastSeenAt, env.timeZone)}</td>
              <td className="p-2">
                {session.current ? (
                  <strong>{m.current}</strong>
                ) : (
                  <ActionForm action={endSessionAction} fields={{ sessionId: session.id }} label={m.signOut} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionForm
        action={endAllSessionsAction}
        label={m.signOutEverywhere}
        tone="danger"
        confirm={m.confirmEverywhere}
      />
    </>
  );
}
