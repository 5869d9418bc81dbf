"use client";

import Link from "next/link";
import { useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { importFileAction } from "@/lib/actions/import/import-file";
import { ArchiveRefusedError, IMPORT_LIMITS, textFilesFromZip, type ArchiveRefusal } from "@/lib/import/archive-limits";
import { describeArchiveRefusal } from "@/lib/import/describe-refusal";
import type { BatchItem } from "@/lib/import/import-batch";
import { fill } from "@/lib/i18n/fill";

interface SourceFile {
  name: string;
  text: string;
}

const TEXT_FILE = /\.(txt|text)$/i;

/** The wire copy in the chosen files, or the first import limit they break (nothing is imported then). */
async function readFiles(list: FileList): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const file of Array.from(list)) {
    const name = file.webkitRelativePath || file.name;
    if (/\.zip$/i.test(file.name)) {
      // Refused by its size before it is read into memory at all.
      if (file.size > IMPORT_LIMITS.archiveBytes)
        throw new ArchiveRefusedError({ code: "archiveTooLarge", archive: name });
      files.push(...textFilesFromZip(name, new Uint8Array(await file.arrayBuffer())));
    } else if (TEXT_FILE.test(file.name)) {
      if (file.size > IMPORT_LIMITS.entryBytes)
        throw new ArchiveRefusedError({ code: "entryTooLarge", archive: name, entry: file.name });
      files.push({ name, text: await file.text() });
    }
    if (files.length > IMPORT_LIMITS.files)
      throw new ArchiveRefusedError({ code: "tooManyFiles", archive: name, count: files.length });
  }
  return files;
}

/** Imports files one by one, showing how far it has got and what happened to each. */
export function BulkImport({ canPublish }: { canPublish: boolean }) {
  const ui = useAdminMessages();
  const m = ui.import;
  const [files, setFiles] = useState<SourceFile[]>([]);
  const [refusal, setRefusal] = useState<ArchiveRefusal | null>(null);
  const [publish, setPublish] = useState(false);
  const [results, setResults] = useState<BatchItem[]>([]);
  const [running, setRunning] = useState(false);
  const choose = async (list: FileList | null) => {
    if (!list) return;
    setResults([]);
    try {
      setFiles(await readFiles(list));
      setRefusal(null);
    } catch (error) {
      if (!(error instanceof ArchiveRefusedError)) throw error;
      setFiles([]);
      setRefusal(error.refusal);
    }
  };

  const start = async () => {
    setRunning(true);
    setResults([]);
    for (const file of files) {
      const result = await importFileAction({ ...file, publish });
      setResults((current) => [...current, result]);
    }
    setRunning(false);
  };
  // After the editor has looked at the article a skipped file resembles, it may be imported after all.
  const importAnyway = async (name: string) => {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) return;
    const result = await importFileAction({ ...file, publish, allowDuplicate: true });
    setResults((current) => current.map((item) => (item.file === name ? result : item)));
  };
  const count = (status: BatchItem["status"]) => results.filter((item) => item.status === status).length;
  const done = results.length === files.length && files.length > 0 && !running;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label>
          {m.chooseFiles}
          <input
            type="file"
            multiple
            accept=".txt,.zip,text/plain,application/zip"
            className="ml-2"
            onChange={(event) => void choose(event.target.files)}
          />
        </label>
        <label>
          {m.orFolder}
          <input
            type="file"
            className="ml-2"
            {...{ webkitdirectory: "" }}
            onChange={(event) => void choose(event.target.files)}
          />
        </label>
        {canPublish && (
          <label>
            <input type="checkbox" checked={publish} onChange={(event) => setPublish(event.target.checked)} />{" "}
            {m.publishAfter}
          </label>
        )}
      </div>
      {refusal && (
        <p role="alert" className="text-sm text-red-700" data-testid="bulk-refused">
          {describeArchiveRefusal(ui.importLimits, refusal)}
        </p>
      )}
      <p className="text-sm" data-testid="bulk-selected">
        {fill(m.selected, { n: files.length })}
      </p>
      <button
        type="button"
        disabled={running || files.length === 0}
        onClick={start}
        className="rounded bg-brand px-4 py-2 text-white disabled:opacity-60"
      >
        {m.start}
      </button>
      {(running || results.length > 0) && (
        <div className="space-y-2">
          <progress max={files.length} value={results.length} aria-label={m.progress} className="w-full" />
          <p role="status" data-testid="bulk-progress">
            {done
              ? fill(m.done, { created: count("created"), skipped: count("skipped"), failed: count("failed") })
              : fill(m.running, { done: results.length, total: files.length })}
          </p>
          <ol className="space-y-1 text-sm">
            {results.map((item) => (
              <li key={item.file} data-testid="bulk-item">
                <span
                  className={
                    item.status === "failed"
                      ? "text-red-700"
                      : item.status === "skipped"
                        ? "text-amber-700"
                        : "text-green-700"
                  }
                >
                  {m.statuses[item.status]}
                </span>{" "}
                {item.file}
                {item.status !== "failed" && <> — {item.title}</>}
                {"reason" in item && item.reason && !("duplicateOf" in item && item.duplicateOf) && (
                  <>({item.reason})</>
                )}
                {"duplicateOf" in item && item.duplicateOf && (
                  <>
                    {" "}
                    (
                    <Link className="underline" href={item.duplicateOf.path}>
                      {fill(m.duplicateOf, { id: item.duplicateOf.id, title: item.duplicateOf.title })}
                    </Link>
                    ){" "}
                    <button
                      type="button"
                      disabled={running}
                      onClick={() => importAnyway(item.file)}
                      className="rounded border border-neutral-400 px-2 py-0.5"
                    >
                      {m.importItemAnyway}
                    </button>
                  </>
                )}
                {item.status === "created" && item.notes.length > 0 && (
                  <span className="text-amber-700">{fill(m.notes, { notes: item.notes.join(m.noteSeparator) })}</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
