"use client";

import { strFromU8, unzipSync } from "fflate";
import Link from "next/link";
import { useState } from "react";
import { useAdminMessages } from "@/components/admin/admin-messages";
import { importFileAction } from "@/lib/actions/import/import-file";
import type { BatchItem } from "@/lib/import/import-batch";
import { fill } from "@/lib/i18n/fill";

interface SourceFile {
  name: string;
  text: string;
}

const TEXT_FILE = /\.(txt|text)$/i;

async function readFiles(list: FileList): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const file of Array.from(list)) {
    const name = file.webkitRelativePath || file.name;
    if (/\.zip$/i.test(file.name)) {
      const entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
        filter: (entry) => TEXT_FILE.test(entry.name) && !entry.name.startsWith("__MACOSX/"),
      });
      for (const [entry, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)))
        files.push({ name: `${name}:${entry}`, text: strFromU8(data) });
    } else if (TEXT_FILE.test(file.name)) {
      files.push({ name, text: await file.text() });
    }
  }
  return files;
}

/** Imports files one by one, showing how far it has got and what happened to each. */
export function BulkImport({ canPublish }: { canPublish: boolean }) {
  const m = useAdminMessages().import;
  const [files, setFiles] = useState<SourceFile[]>([]);
  const [publish, setPublish] = useState(false);
  const [results, setResults] = useState<BatchItem[]>([]);
  const [running, setRunning] = useState(false);

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
            onChange={async (event) => event.target.files && setFiles(await readFiles(event.target.files))}
          />
        </label>
        <label>
          {m.orFolder}
          <input
            type="file"
            className="ml-2"
            {...{ webkitdirectory: "" }}
            onChange={async (event) => event.target.files && setFiles(await readFiles(event.target.files))}
          />
        </label>
        {canPublish && (
          <label>
            <input type="checkbox" checked={publish} onChange={(event) => setPublish(event.target.checked)} />{" "}
            {m.publishAfter}
          </label>
        )}
      </div>
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
