// Errors of the content API as problem details (RFC 9457): a JSON object with a type, a title, the
// status and a detail in words, served as application/problem+json. Bad parameters also list each
// parameter with its reason (`invalidParams`), so a client can tell which one to fix.
export const PROBLEM_TYPE = "application/problem+json";

export type ProblemCode = "unauthorized" | "rate_limited" | "bad_request" | "not_found" | "gone";

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  invalidParams?: InvalidParam[];
  retraction?: { id: number; title: string; note: string | null; retractedAt: string };
}

const STATUS: Record<ProblemCode, number> = {
  unauthorized: 401,
  rate_limited: 429,
  bad_request: 400,
  not_found: 404,
  gone: 410,
};

/** Thrown by a handler's steps; the route wrapper turns it into the response. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail: string,
    readonly extra: Pick<ProblemBody, "invalidParams" | "retraction"> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "ApiProblem";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** The type URI names the problem; it is a URN, not an address, so it never has to resolve. */
export const problemType = (code: ProblemCode) => `urn:masthead:problem:${code.replace("_", "-")}`;

export function problemResponse(problem: ApiProblem, instance: string, headers: Record<string, string> = {}): Response {
  const body: ProblemBody = {
    type: problemType(problem.code),
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance,
    code: problem.code,
    ...problem.extra,
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      "Content-Type": `${PROBLEM_TYPE}; charset=utf-8`,
      // An error is about this request only: nobody keeps it.
      "Cache-Control": "private, no-store",
      ...headers,
      ...problem.headers,
    },
  });
}
