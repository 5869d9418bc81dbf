// What a push receiver said, kept as the job's output and logged: enough to see at a glance whether a
// hub or a search engine took the URLs, and why not when it did not.
export interface PushAnswer {
  url: string;
  status: number;
  ms: number;
  /** The start of the answer's body (search engines explain refusals there). */
  body: string;
}

export class PushRefused extends Error {
  constructor(readonly answers: PushAnswer[]) {
    const refused = answers.filter((answer) => !isAccepted(answer.status));
    super(refused.map((answer) => `${answer.url} answered ${answer.status}: ${answer.body}`).join("; "));
    this.name = "PushRefused";
  }
}

const BODY_KEPT = 500;

export const isAccepted = (status: number) => status >= 200 && status < 300;

/** One request, timed; a network failure is an answer with status 0 so it is logged like the others. */
export async function send(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<PushAnswer> {
  const started = performance.now();
  try {
    const response = await fetcher(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.text()).slice(0, BODY_KEPT);
    return { url, status: response.status, ms: Math.round(performance.now() - started), body };
  } catch (error) {
    const body = error instanceof Error ? error.message : String(error);
    return { url, status: 0, ms: Math.round(performance.now() - started), body };
  }
}

/** Every answer, or a PushRefused naming the refusals: the queue retries the job with back-off. */
export function acceptedOrThrow(answers: PushAnswer[]): PushAnswer[] {
  if (answers.some((answer) => !isAccepted(answer.status))) throw new PushRefused(answers);
  return answers;
}
