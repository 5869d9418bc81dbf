// One load run with wrk (Debian: apt-get install wrk), in its own process: requests per second,
// latency percentiles and errors. With `paths`, every request asks for the next address of the list,
// so that each is a different page (cache misses); without, every request asks for the same one.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Socket errors, timeouts and responses with status ≥ 400. */
  errors: number;
  /** The script's own report (`report_phases`), when it has one: its line as printed. */
  scriptReport?: string;
}

const REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.stderr:write(string.format('{"requests":%d,"seconds":%f,"p50":%f,"p99":%f,"errors":%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status))
  -- A script with a report of its own (scripts/bench/views-interleaved.ts) prints it on the next line.
  if report_phases then io.stderr:write(report_phases() .. "\\n") end
end
`;

function script(paths?: readonly string[], requestLua?: string): string {
  if (requestLua) return `${requestLua}\n${REPORT}`;
  if (!paths) return REPORT;
  const list = paths.map((p) => `"${p.replace(/["\\]/g, "")}"`).join(",\n");
  return `local paths = {\n${list}\n}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n - 1) % #paths + 1])
end
${REPORT}`;
}

export async function runWrk(options: {
  url: string;
  connections: number;
  seconds: number;
  paths?: readonly string[];
  /** A Lua `request` function of one's own (it replaces `paths`). */
  requestLua?: string;
}): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "masthead-wrk-"));
  const lua = path.join(dir, "bench.lua");
  writeFileSync(lua, script(options.paths, options.requestLua));
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "10s", "-s", lua, options.url];
  const child = spawn("wrk", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const line = stderr.split("\n").find((candidate) => candidate.startsWith("{"));
  if (code !== 0 || !line) throw new Error(`wrk failed (${code}): ${stderr.trim()}`);
  const parsed = JSON.parse(line) as { requests: number; seconds: number; p50: number; p99: number; errors: number };
  const scriptReport = stderr.split("\n").find((candidate) => candidate.startsWith("["));
  return {
    ...(scriptReport ? { scriptReport } : {}),
    requests: parsed.requests,
    rps: parsed.requests / parsed.seconds,
    p50: parsed.p50,
    p99: parsed.p99,
    errors: parsed.errors,
  };
}
