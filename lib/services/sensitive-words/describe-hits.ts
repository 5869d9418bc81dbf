// Hits named for people: the place, the excerpt and the suggestion, as service sayings that the edge
// words in the interface language (lib/i18n/messages/services-*.ts `words`).
import type { TextPlace, WordHit } from "@/lib/newsroom/sensitive-words/matcher";
import { say, type Said } from "@/lib/services/errors";

export type WordStep = "publish" | "schedule" | "submit" | "signOff";

export function placeSaid(place: TextPlace): Said {
  return "n" in place ? say(`words.places.${place.field}`, { n: place.n }) : say(`words.places.${place.field}`);
}

/** “敏感词”(标题:“…含有敏感词的…”,建议改为“…”) */
export function hitSaid(hit: WordHit): Said {
  const excerpt = `${hit.excerpt.before}${hit.excerpt.match}${hit.excerpt.after}`;
  const values = { phrase: hit.phrase, place: placeSaid(hit.place), excerpt };
  return hit.replacement
    ? say("words.hitWithSuggestion", { ...values, replacement: hit.replacement })
    : say("words.hit", values);
}

/** “敏感词”(标题): a hit named beside its field. */
export const hitAtSaid = (hit: WordHit): Said =>
  say("words.hitAt", { phrase: hit.phrase, place: placeSaid(hit.place) });

export const stepSaid = (step: WordStep): Said => say(`words.doing.${step}`);
