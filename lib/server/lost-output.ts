// A server whose log reader has gone (the supervisor that held its stdout died, a terminal closed)
// keeps serving, quietly. Writing to the closed pipe fails with EPIPE; Node reports that as an error,
// which was logged to the same pipe, failed again, and so on: seen as a stopped test's orphaned servers
// spinning at 100 % CPU for half an hour, deaf to SIGTERM.

/** A stream written to (process.stdout, pino's SonicBoom destination). */
export interface Output {
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  write: (...args: never[]) => boolean;
}

const LOST = new Set(["EPIPE", "ERR_STREAM_DESTROYED", "ECONNRESET"]);

/** From the first write that finds the reader gone, each stream swallows what it is given. */
export function surviveLostOutput(streams: Output[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on("error", (error) => {
      if (!LOST.has(error.code ?? "")) throw error;
      stream.write = () => true;
    });
  }
}
