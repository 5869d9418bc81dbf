// Readable differences between two versions of an article: which fields changed, and for the body,
// which blocks were added, removed or changed, with changed text marked character by character
// (Chinese has no spaces, so word diffs would be whole sentences).

export type DiffOp<T> = { op: "equal" | "insert" | "delete"; value: T };

/** Longest-common-subsequence diff of two sequences. */
export function diffSequence<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean = Object.is,
): DiffOp<T>[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * cols + j] = equal(a[i] as T, b[j] as T)
        ? (lcs[(i + 1) * cols + j + 1] ?? 0) + 1
        : Math.max(lcs[(i + 1) * cols + j] ?? 0, lcs[i * cols + j + 1] ?? 0);
    }
  }
  const ops: DiffOp<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (equal(a[i] as T, b[j] as T)) {
      ops.push({ op: "equal", value: a[i] as T });
      i += 1;
      j += 1;
    } else if ((lcs[(i + 1) * cols + j] ?? 0) >= (lcs[i * cols + j + 1] ?? 0)) {
      ops.push({ op: "delete", value: a[i] as T });
      i += 1;
    } else {
      ops.push({ op: "insert", value: b[j] as T });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) ops.push({ op: "delete", value: a[i] as T });
  for (; j < b.length; j += 1) ops.push({ op: "insert", value: b[j] as T });
  return ops;
}

// Past this many character pairs a changed paragraph is shown as replaced, not diffed inside.
const MAX_CHAR_CELLS = 4_000_000;

/** Character-level diff of two strings, merged into runs. */
export function diffText(before: string, after: string): DiffOp<string>[] {
  const a = [...before];
  const b = [...after];
  if (a.length * b.length > MAX_CHAR_CELLS) {
    return [
      ...(before ? [{ op: "delete" as const, value: before }] : []),
      ...(after ? [{ op: "insert" as const, value: after }] : []),
    ];
  }
  const runs: DiffOp<string>[] = [];
  for (const { op, value } of diffSequence(a, b)) {
    const last = runs.at(-1);
    if (last && last.op === op) last.value += value;
    else runs.push({ op, value });
  }
  return runs;
}

export type BlockChange =
  | { kind: "equal"; text: string; label: string }
  | { kind: "insert"; text: string; label: string }
  | { kind: "delete"; text: string; label: string }
  | { kind: "change"; label: string; runs: DiffOp<string>[] };

export interface LabelledBlock {
  /** e.g. "段落", "小标题". */
  label: string;
  text: string;
}

/** Block-level diff of two bodies; a deletion followed by an insertion of the same kind reads as a change. */
export function diffBlocks(before: readonly LabelledBlock[], after: readonly LabelledBlock[]): BlockChange[] {
  const ops = diffSequence(before, after, (x, y) => x.label === y.label && x.text === y.text);
  const changes: BlockChange[] = [];
  for (let index = 0; index < ops.length; index += 1) {
    const current = ops[index];
    const next = ops[index + 1];
    if (!current) continue;
    if (current.op === "delete" && next?.op === "insert" && next.value.label === current.value.label) {
      changes.push({ kind: "change", label: current.value.label, runs: diffText(current.value.text, next.value.text) });
      index += 1;
    } else {
      changes.push({ kind: current.op, text: current.value.text, label: current.value.label });
    }
  }
  return changes;
}
