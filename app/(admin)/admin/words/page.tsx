import { AddPhrasesForm, DeletePhraseButton, PhraseForm } from "./phrase-forms";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { currentMessages } from "@/lib/i18n/server";
import { listPhrases } from "@/lib/services/sensitive-words/manage-phrases";

export async function generateMetadata() {
  return { title: (await currentMessages({ fresh: true })).words.screen.title };
}

export default async function WordsPage() {
  const user = await requirePermission("/admin/words", "words.view");
  const [phrases, messages] = await Promise.all([
    listPhrases({ db: await getDb(), actor: user }),
    currentMessages({ fresh: true }),
  ]);
  const m = messages.words.screen;
  const levels = messages.words.levels;
  const manage = can(user, "words.manage");
  const labels = { ...m, levels };
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{m.heading}</h1>
      <p className="max-w-3xl text-sm text-neutral-600 dark:text-neutral-400">{m.intro}</p>
      {!manage && <p className="text-sm">{m.viewOnly}</p>}
      <p className="text-sm text-neutral-500">{fill(m.count, { count: phrases.length })}</p>
      {phrases.length === 0 ? (
        <p>{m.empty}</p>
      ) : manage ? (
        <ul className="space-y-2" aria-label={m.title}>
          {phrases.map((phrase) => (
            <li key={phrase.id} className="flex flex-wrap items-center gap-2">
              <PhraseForm phrase={phrase} labels={labels} />
              <DeletePhraseButton id={phrase.id} phrase={phrase.phrase} label={m.delete} />
            </li>
          ))}
        </ul>
      ) : (
        <table className="text-sm">
          <thead>
            <tr className="text-left">
              <th className="pr-4">{m.phrase}</th>
              <th className="pr-4">{m.level}</th>
              <th className="pr-4">{m.replacement}</th>
              <th>{m.note}</th>
            </tr>
          </thead>
          <tbody>
            {phrases.map((phrase) => (
              <tr key={phrase.id}>
                <td className="pr-4">{phrase.phrase}</td>
                <td className="pr-4">{levels[phrase.level]}</td>
                <td className="pr-4">{phrase.replacement}</td>
                <td>{phrase.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && (
        <>
          <section className="space-y-2">
            <h2 className="font-bold">{m.addHeading}</h2>
            <PhraseForm labels={labels} />
          </section>
          <section className="space-y-2">
            <h2 className="font-bold">{m.bulkHeading}</h2>
            <p className="text-sm text-neutral-500">{m.bulkHint}</p>
            <AddPhrasesForm labels={labels} />
          </section>
        </>
      )}
    </main>
  );
}
