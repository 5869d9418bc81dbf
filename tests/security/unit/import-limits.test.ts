// Issue 9 §6: bulk import unpacks nothing that breaks a limit: archives too big or with too many files,
// and entries that would inflate too far or beyond a plausible ratio (zip bombs), declared or forged.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { getMessages } from "@/lib/i18n";
import { ArchiveRefusedError, IMPORT_LIMITS, textFilesFromZip, type ArchiveRefusal } from "@/lib/import/archive-limits";
import { describeArchiveRefusal } from "@/lib/import/describe-refusal";

const STORY = "本报讯(记者 陈明)昨日,……\n".repeat(20);

function refusalOf(run: () => unknown): ArchiveRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveRefusedError) return error.refusal;
    throw error;
  }
  throw new Error("not refused");
}

/** Rewrites the declared uncompressed size of every entry (local header and central directory). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 4 <= copy.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return copy;
}

describe("bulk import limits", () => {
  it("unpacks an ordinary archive of wire copy", () => {
    const zip = zipSync({ "a.txt": strToU8(STORY), "b.txt": strToU8(STORY), "photo.jpg": new Uint8Array(10) });
    expect(textFilesFromZip("batch.zip", zip).map((file) => file.name)).toEqual(["batch.zip:a.txt", "batch.zip:b.txt"]);
  });

  it("refuses a zip bomb: an entry that inflates far beyond its size", () => {
    const bomb = zipSync({ "bomb.txt": new Uint8Array(900_000) }, { level: 9 });
    expect(bomb.length * IMPORT_LIMITS.ratio).toBeLessThan(900_000);
    expect(refusalOf(() => textFilesFromZip("bomb.zip", bomb))).toEqual({
      code: "compressionRatio",
      archive: "bomb.zip",
      entry: "bomb.txt",
    });
  });

  it("refuses an entry larger than any wire copy, before inflating it", () => {
    const random = new Uint8Array(IMPORT_LIMITS.entryBytes + 1).map((_, index) => (index * 7919) % 251);
    const zip = zipSync({ "huge.txt": random }, { level: 0 });
    expect(refusalOf(() => textFilesFromZip("big.zip", zip))).toMatchObject({
      code: "entryTooLarge",
      entry: "huge.txt",
    });
  });

  it("bounds an entry that lies about its size: it is cut at what it declared", () => {
    const zip = declareSize(zipSync({ "liar.txt": new Uint8Array(5_000_000) }, { level: 9 }), 100);
    const [file] = textFilesFromZip("liar.zip", zip);
    expect(file?.text.length).toBe(100);
  });

  it("refuses too many files, too many bytes in all, and too big an archive", () => {
    const limits = { ...IMPORT_LIMITS, files: 3 };
    const many = zipSync(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`${i}.txt`, strToU8(STORY)])));
    expect(refusalOf(() => textFilesFromZip("many.zip", many, limits))).toMatchObject({ code: "tooManyFiles" });
    const heavy = { ...IMPORT_LIMITS, totalBytes: 2 * strToU8(STORY).length };
    const three = zipSync(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`${i}.txt`, strToU8(STORY)])));
    expect(refusalOf(() => textFilesFromZip("heavy.zip", three, heavy))).toMatchObject({ code: "totalTooLarge" });
    const small = { ...IMPORT_LIMITS, archiveBytes: 10 };
    expect(refusalOf(() => textFilesFromZip("big.zip", three, small))).toMatchObject({ code: "archiveTooLarge" });
  });

  it("refuses what is not a zip at all", () => {
    expect(refusalOf(() => textFilesFromZip("x.zip", strToU8("PK not really")))).toMatchObject({ code: "unreadable" });
  });

  it("says why in both languages", () => {
    const refusal: ArchiveRefusal = { code: "compressionRatio", archive: "bomb.zip", entry: "bomb.txt" };
    expect(describeArchiveRefusal(getMessages("zh-CN").admin.ui.importLimits, refusal)).toBe(
      "bomb.zip 中的 bomb.txt 压缩比异常(超过 100 倍),可能是“压缩炸弹”,整个压缩包未导入。",
    );
    expect(describeArchiveRefusal(getMessages("en").admin.ui.importLimits, refusal)).toMatch(/zip bomb/);
    for (const code of ["archiveTooLarge", "tooManyFiles", "entryTooLarge", "totalTooLarge", "unreadable"] as const) {
      const text = describeArchiveRefusal(getMessages("en").admin.ui.importLimits, {
        code,
        archive: "a.zip",
        entry: "e.txt",
        count: 9,
      } as ArchiveRefusal);
      expect(text).toContain("a.zip");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
