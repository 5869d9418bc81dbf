// What readers get of live coverage, in the interface language: the same data for the page (rendered
// without JavaScript) and for the polled live.json that public/live.js reads.
import { formatLocalDateTime } from "@/lib/newsroom/time";
import type { LiveCoverage } from "@/lib/content/live-queries";
import type { Messages } from "@/lib/i18n";

export interface LiveEntryView {
  id: number;
  /** The entry's HTML from the allow-list body renderer; the script inserts nothing else as markup. */
  html: string;
  /** Its time as the page prints it. */
  when: string;
  at: string;
  credit: string | null;
  pinned: boolean;
  updatedAt: string;
}

export interface LiveView {
  closed: boolean;
  /** "直播中" or "直播已结束". */
  status: string;
  endsAt: string | null;
  endsAtText: string | null;
  updatedAt: string;
  entries: LiveEntryView[];
}

export function liveView(coverage: LiveCoverage, messages: Messages, timeZone: string): LiveView {
  const when = (iso: string) => formatLocalDateTime(new Date(iso), timeZone);
  return {
    closed: coverage.closed,
    status: coverage.closed ? messages.topics.live.closed : messages.topics.live.open,
    endsAt: coverage.endsAt,
    endsAtText: coverage.endsAt ? when(coverage.endsAt) : null,
    updatedAt: coverage.updatedAt,
    entries: coverage.entries.map((entry) => ({
      id: entry.id,
      html: entry.html,
      when: when(entry.at),
      at: entry.at,
      credit: entry.credit,
      pinned: entry.pinned,
      updatedAt: entry.updatedAt,
    })),
  };
}

/** The address public/live.js polls: one fixed URL per article, so every reader shares one cached copy. */
export const liveJsonPath = (articleId: number) => `/articles/${articleId}/live.json`;
