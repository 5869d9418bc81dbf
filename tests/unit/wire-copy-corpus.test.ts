// Every fixture of the corpus of real pages (tests/fixtures/wire-copy/corpus) imports as its
// expectation says: the credits in order, the source and time, what stays in the body, and a note for
// every line that stays because it could not be placed.
import { describe, expect, it } from "vitest";
import { blockText } from "@/lib/newsroom/body";
import { parseWireCopy } from "@/lib/newsroom/wire-copy";
import { parseLocalDateTime } from "@/lib/newsroom/time";
import { droppedCharacters } from "../support/never-drops";
import { readCorpus } from "../support/wire-copy-corpus";

const ZONE = "Asia/Shanghai";
const corpus = readCorpus();

describe("the wire-copy corpus", () => {
  it("holds at least 60 forms from at least 30 publishers, each with the page it came from", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((fixture) => fixture.publisher.replace(/[(（].*$/, ""))).size).toBeGreaterThanOrEqual(30);
    for (const fixture of corpus) expect(fixture.url, fixture.at).toMatch(/^https?:\/\//);
  });

  it.each(corpus.map((fixture) => [`${fixture.publisher} (${fixture.at})`, fixture] as const))(
    "%s",
    (_name, fixture) => {
      const copy = parseWireCopy(fixture.text, ZONE);
      const paragraphs = copy.body.content.map(blockText);
      expect(
        copy.credits.map(({ role, name, affiliation }) => ({ role, name, affiliation })),
        "credits",
      ).toEqual(fixture.credits);
      expect(copy.source, "source").toBe(fixture.source);
      const time = fixture.time === null ? null : parseLocalDateTime(fixture.time, ZONE);
      expect(copy.publishedAt?.toISOString() ?? null, "time").toBe(time?.toISOString() ?? null);
      if (fixture.title !== null) expect(copy.title, "title").toBe(fixture.title);
      if (fixture.lead !== null) expect(paragraphs[0], "lead").toBe(fixture.lead);
      for (const paragraph of fixture.body) expect(paragraphs, "body").toContain(paragraph);
      for (const paragraph of fixture.kept) {
        expect(paragraphs, "kept in the body").toContain(paragraph);
        expect(
          copy.notes.some((note) => note.includes(paragraph)),
          `a note names «${paragraph}»: ${copy.notes.join(" / ")}`,
        ).toBe(true);
      }
      expect(droppedCharacters(fixture.text, copy), "dropped").toEqual([]);
    },
  );
});
