// Headers every response carries unless it set its own, added as its head is written: after Next, the
// proxy and route handlers have had their say (a header set earlier would win over theirs, since Next
// only adds a route handler's header when the response has none), before anything leaves.
import type { ServerResponse } from "node:http";

export function withDefaultHeaders(res: ServerResponse, defaults: Readonly<Record<string, string>>): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    for (const [name, value] of Object.entries(defaults)) if (!res.hasHeader(name)) res.setHeader(name, value);
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
}
