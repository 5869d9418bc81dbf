// Counted and uncounted requests to one server, interleaved in short phases of one wrk run. The
// machine's speed drifts by tens of percent within seconds, so comparing separate runs (or even one-
// second slices in turn) compares its moments; phases of a quarter second, alternating within one
// run, meet nearly the same moment in pairs, in one process (so no two processes' layouts differ).
// Pairs of phases compare counted against uncounted requests (in both orders), or uncounted against
// uncounted (in both orders: the A/A control that shows the method's own bias). Both kinds carry the
// same header names in the same order and the same bytes: a counted request has the browser's user
// agent and an empty X-Bench-Agent, an uncounted one an empty User-Agent and the browser's string in
// X-Bench-Agent (which nothing reads), so the counter drops it at its first test. The baseline is the
// page with next to none of the counter's work (only its path test, which every article request pays
// in both). Until 2026-12-04 the uncounted kind carried the string under a misspelt header name
// (User-Agant), and servers with views off served that kind 2–3 % slower in each of three runs (likely
// Node's parser, which takes a name it does not know on another path): the verdict charged that to the
// counter.

/** A phase's length: long beside a request (~0.2 ms), short beside the machine's drift. */
export const PHASE_MS = 250;

/**
 * The shapes a pair of phases takes: what it compares, and which of its two phases is the one
 * compared against the other (the counted one, or for the control the one in the same place).
 */
export const PAIR_SHAPES = [
  { kind: "counted", test: 1 },
  { kind: "again", test: 1 },
  { kind: "counted", test: 0 },
  { kind: "again", test: 0 },
] as const;

/**
 * The wrk script. Each request comes from another reader (`offset` onwards) and is counted or not by
 * its phase. Every four pairs of phases take the four shapes in a random order (seeded): the server's
 * own periodic work (the hot cache's 10-second renewals, the flush every few seconds) then falls on
 * every shape alike instead of always on the same place in a fixed cycle. At the end it prints the
 * requests begun in each phase and each pair's shape (with -t1, one thread: the requests begun in a
 * phase are those its closed loop completed there, less at most one per connection at its edges).
 */
export function interleavedLua(page: string, browser: string, offset: number, seed = 1): string {
  return `local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } masthead_timespec;
int clock_gettime(int clock, masthead_timespec *at);
]]
local at = ffi.new("masthead_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, at)
  return tonumber(at.tv_sec) * 1000 + tonumber(at.tv_nsec) / 1e6
end
math.randomseed(${seed})
shapes = {}
local function shape_of(pair)
  if not shapes[pair + 1] then
    local block = pair - pair % 4
    local order = { 1, 2, 3, 4 }
    for i = 4, 2, -1 do
      local j = math.random(i)
      order[i], order[j] = order[j], order[i]
    end
    for i = 1, 4 do shapes[block + i] = order[i] end
  end
  return shapes[pair + 1]
end
local n = ${offset}
local first = nil
phases = {}
request = function()
  local t = now_ms()
  if not first then first = t end
  local k = math.floor((t - first) / ${PHASE_MS})
  phases[k + 1] = (phases[k + 1] or 0) + 1
  n = n + 1
  local address = "10." .. (math.floor(n / 65536) % 256) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)
  local shape = shape_of(math.floor(k / 2))
  local place = k % 2
  if (shape == 1 and place == 1) or (shape == 3 and place == 0) then
    return wrk.format("GET", "${page}", { ["User-Agent"] = "${browser}", ["X-Forwarded-For"] = address, ["X-Bench-Agent"] = "" })
  end
  return wrk.format("GET", "${page}", { ["User-Agent"] = "", ["X-Forwarded-For"] = address, ["X-Bench-Agent"] = "${browser}" })
end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
local function list(values)
  local out = {}
  for i = 1, #values do out[i] = tostring(values[i] or 0) end
  return "[" .. table.concat(out, ",") .. "]"
end
report_phases = function()
  return "[" .. list(threads[1]:get("phases")) .. "," .. list(threads[1]:get("shapes")) .. "]"
end`;
}

export interface InterleavedReport {
  /** Requests begun in each phase. */
  phases: number[];
  /** Each pair's shape: 1 to 4, an index into PAIR_SHAPES plus one. */
  shapes: number[];
}

/** The script's last line, `[[phases…],[shapes…]]`. */
export function parseInterleavedReport(line: string): InterleavedReport {
  const parsed: unknown = JSON.parse(line);
  const numbers = (value: unknown): value is number[] =>
    Array.isArray(value) && value.every((item) => typeof item === "number");
  if (!Array.isArray(parsed) || !numbers(parsed[0]) || !numbers(parsed[1])) {
    throw new Error(`the interleaved run's report is not [[phases],[shapes]]: ${line.slice(0, 200)}`);
  }
  return { phases: parsed[0], shapes: parsed[1] };
}

export interface PairedPhases {
  /** Per counted pair, the counted phase's requests over the uncounted one's. */
  counted: number[];
  /** Per control pair, the requests of the phase in the test's place over the other's. */
  again: number[];
}

/**
 * The ratios of the run's whole pairs. The first pair (connections opening) and any pair that holds the
 * run's last phase (cut short by the end) are left out.
 */
export function pairPhases({ phases, shapes }: InterleavedReport): PairedPhases {
  const paired: PairedPhases = { counted: [], again: [] };
  const wholePhases = phases.length - 1;
  for (let pair = 1; pair * 2 + 1 < wholePhases; pair += 1) {
    const shape = shapeOf(shapes, pair);
    const test = phases[pair * 2 + shape.test] ?? 0;
    const control = phases[pair * 2 + 1 - shape.test] ?? 0;
    if (control > 0) paired[shape.kind].push(test / control);
  }
  return paired;
}

/** Requests begun in the phases that were counted ones, the run's first and last pairs included. */
export function countedRequests({ phases, shapes }: InterleavedReport): number {
  let sum = 0;
  for (let pair = 0; pair * 2 < phases.length; pair += 1) {
    const shape = shapeOf(shapes, pair);
    if (shape.kind === "counted") sum += phases[pair * 2 + shape.test] ?? 0;
  }
  return sum;
}

function shapeOf(shapes: number[], pair: number): (typeof PAIR_SHAPES)[number] {
  const shape = PAIR_SHAPES[(shapes[pair] ?? 0) - 1];
  if (!shape) throw new Error(`pair ${pair} of the interleaved run has no shape`);
  return shape;
}
