import { describe, expect, it } from "vitest";
import { newestPositions } from "@/lib/content/queries";

const at = (iso: string) => new Date(iso);

describe("related reading: choosing the newest of several sources' candidates", () => {
  it("merges the sources, drops repeats and keeps the newest first", () => {
    const fromTag = [
      { id: 7, publishedAt: at("2022-08-05T05:48:00Z") },
      { id: 3, publishedAt: at("2022-08-01T00:00:00Z") },
    ];
    const fromSection = [
      { id: 9, publishedAt: at("2022-08-06T00:00:00Z") },
      { id: 7, publishedAt: at("2022-08-05T05:48:00Z") },
    ];
    expect(newestPositions([...fromTag, ...fromSection], 4)).toEqual([9, 7, 3]);
  });

  it("orders articles published at the same instant by id, higher first, as the lists do", () => {
    const same = at("2022-08-05T05:48:00Z");
    expect(
      newestPositions(
        [
          { id: 4, publishedAt: same },
          { id: 11, publishedAt: same },
          { id: 6, publishedAt: same },
        ],
        2,
      ),
    ).toEqual([11, 6]);
  });

  it("returns nothing for no candidates and never more than asked", () => {
    expect(newestPositions([], 4)).toEqual([]);
    const many = Array.from({ length: 10 }, (_, i) => ({
      id: i + 1,
      publishedAt: at(`2022-08-${String(i + 1).padStart(2, "0")}T00:00:00Z`),
    }));
    expect(newestPositions(many, 4)).toEqual([10, 9, 8, 7]);
  });
});
