import type { DiffOp } from "@/lib/newsroom/diff";
import type { SnapshotDiff } from "@/lib/newsroom/article-snapshot";

function Runs({ runs }: { runs: DiffOp<string>[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.op === "equal" ? (
          <span key={index}>{run.value}</span>
        ) : run.op === "insert" ? (
          <ins key={index} className="bg-green-200 no-underline dark:bg-green-900">
            {run.value}
          </ins>
        ) : (
          <del key={index} className="bg-red-200 dark:bg-red-900">
            {run.value}
          </del>
        ),
      )}
    </>
  );
}

/** A readable difference between two revisions: changed fields, then the body block by block. */
export function DiffView({ diff, sameLabel }: { diff: SnapshotDiff; sameLabel: string }) {
  const bodyChanged = diff.body.some((change) => change.kind !== "equal");
  if (diff.fields.length === 0 && !bodyChanged) return <p>{sameLabel}</p>;
  return (
    <div className="space-y-6" data-testid="diff">
      {diff.fields.length > 0 && (
        <dl className="space-y-2">
          {diff.fields.map((field) => (
            <div key={field.field} className="grid grid-cols-[6rem_1fr] gap-2">
              <dt className="font-medium">{field.label}</dt>
              <dd>
                <Runs runs={field.runs} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {bodyChanged && (
        <ol className="space-y-2 font-serif leading-relaxed">
          {diff.body.map((change, index) => (
            <li key={index} className={change.kind === "equal" ? "text-neutral-500" : ""}>
              <span className="mr-2 text-xs text-neutral-400">{change.label}</span>
              {change.kind === "change" ? (
                <Runs runs={change.runs} />
              ) : change.kind === "insert" ? (
                <ins className="bg-green-200 no-underline dark:bg-green-900">{change.text}</ins>
              ) : change.kind === "delete" ? (
                <del className="bg-red-200 dark:bg-red-900">{change.text}</del>
              ) : (
                change.text
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
