// What share of a server's busy time went to some of its functions, read from a V8 CPU profile
// (node --cpu-prof). Samples count the code on the stack, wherever it was called from, so a share is
// stable when the machine's speed is not: a slower moment slows every function alike.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Frames that are not the server's work: the thread waiting for the next request. */
const IDLE = new Set(["(idle)"]);

/**
 * The share of busy time (every sample but idle ones; garbage collection and the engine included)
 * spent in a frame that `counts` picks, or below it.
 */
export function busyShare(profile: CpuProfile, counts: (frame: ProfileNode["callFrame"]) => boolean): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inside = new Map<number, boolean>();
  const isInside = (id: number): boolean => {
    const known = inside.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node && (counts(node.callFrame) || (up !== undefined && isInside(up)));
    inside.set(id, result);
    return result;
  };
  let busy = 0;
  let picked = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node || IDLE.has(node.callFrame.functionName)) return;
    const delta = profile.timeDeltas[i] ?? 0;
    busy += delta;
    if (isInside(id)) picked += delta;
  });
  return busy > 0 ? picked / busy : 0;
}

/** The one profile a process wrote into `dir`. */
export function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no CPU profile in ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
}
