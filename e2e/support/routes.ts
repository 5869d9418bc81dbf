// Every route of the app, read from the app directory, with sample values for its parameters: a new
// route is covered by the tests that walk them without anyone adding it to a list.
import { readdirSync } from "node:fs";
import path from "node:path";

const APP = path.resolve(import.meta.dirname, "../../app");

export type Audience = "public" | "staff";

export interface Route {
  /** The route as the app directory spells it, e.g. /sections/[slug]/[feed]. */
  pattern: string;
  /** A concrete address for it. */
  url: string;
  audience: Audience;
  kind: "page" | "handler";
}

export interface Samples {
  /** A published article, a person credited on it, a section and a tag that exist. */
  article: number;
  person: number;
  section: string;
  tag: string;
  /** A topic's slug; without one, topic routes are asked for one that does not exist (a 404). */
  topic?: string;
  /** A keyset cursor, and a preview token. */
  cursor: string;
  token: string;
}

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith("_")) files(full, out);
    } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** Staff screens, sign-in, previews and machine endpoints: never public, never cached. */
const STAFF = /^\/(admin|account|login|preview|api)(\/|$)/;

export function sample(segment: string, parent: string | undefined, s: Samples): string {
  const name = segment.replace(/^\[+\.{0,3}|\]+$/g, "");
  switch (name) {
    case "id":
      return String(parent === "people" ? s.person : s.article);
    case "slug":
      if (parent === "topics") return encodeURIComponent(s.topic ?? "no-such-topic");
      return encodeURIComponent(parent === "tags" ? s.tag : s.section);
    case "feed":
      return "feed.xml";
    case "file":
      return "index.xml";
    case "chunk":
      return "0.xml";
    case "before":
      return s.cursor;
    case "token":
      return s.token;
    case "date":
      return "2022/08/05";
    case "key":
      return "0123456789abcdef01234567/original.jpg";
    case "nextauth":
      return "session";
    case "front":
      return "";
    case "size":
      return "1200x630.png";
    default:
      throw new Error(`no sample value for route segment ${segment}`);
  }
}

export function appRoutes(samples: Samples): Route[] {
  return files(APP).map((file) => {
    const segments = path
      .relative(APP, path.dirname(file))
      .split(path.sep)
      .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
    const pattern = `/${segments.join("/")}`;
    const url = `/${segments
      .map((segment, index) => (segment.startsWith("[") ? sample(segment, segments[index - 1], samples) : segment))
      .filter((segment) => segment !== "")
      .join("/")}`;
    return {
      pattern,
      url,
      audience: STAFF.test(url) ? "staff" : "public",
      kind: path.basename(file).startsWith("page") ? "page" : "handler",
    };
  });
}
