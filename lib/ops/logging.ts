// Structured logs for the production server: every console line of the process (ours, Next's, the
// libraries') becomes one JSON object on stdout (pino), with the request id of the request it was
// written for. LOG_FORMAT=text keeps plain lines (npm start in a terminal); LOG_LEVEL filters.
import { format, stripVTControlCharacters } from "node:util";
import pino, { type Logger } from "pino";
import { currentRequestId } from "@/lib/ops/request-context";
import { surviveLostOutput } from "@/lib/server/lost-output";

export type LogFormat = "json" | "text";
export type LogLevel = "debug" | "info" | "warn" | "error";

export function createLogger(options: {
  level: LogLevel;
  destination?: pino.DestinationStream;
  base?: Record<string, unknown>;
}): Logger {
  let destination = options.destination;
  if (!destination) {
    // Synchronous writes: the last lines before process.exit (a failed start, a shutdown) are not lost.
    const stdout = pino.destination({ sync: true });
    surviveLostOutput([stdout]);
    destination = stdout;
  }
  return pino(
    {
      level: options.level,
      base: options.base ?? { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/** What console.* was given, as pino takes it: the first Error apart (its stack kept), the rest as text. */
export function logArguments(args: unknown[]): [Record<string, unknown>, string] {
  const error = args.find((arg) => arg instanceof Error);
  const rest = error ? args.filter((arg) => arg !== error) : args;
  // Next colours its own lines for a terminal; a JSON log keeps the words only.
  return [error ? { err: error } : {}, stripVTControlCharacters(format(...rest))];
}

/** Sends console.log/info/debug/warn/error through the logger (once per process). */
export function routeConsoleTo(logger: Logger): void {
  const to =
    (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const [fields, message] = logArguments(args);
      logger[level](fields, message);
    };
  console.debug = to("debug");
  console.log = to("info");
  console.info = to("info");
  console.warn = to("warn");
  console.error = to("error");
}
