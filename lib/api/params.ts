// Query parameters of the content API, each parsed once, before any read. Anything the API does not
// know, or a parameter given twice, is a 400 naming it: a typo in a filter must not quietly return the
// unfiltered list.
import { ApiProblem, type InvalidParam } from "@/lib/api/problem";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { parseId, parseSlug } from "@/lib/validations/ids";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

type Words = Messages["api"]["problems"];

export function badRequest(m: Words, params: InvalidParam[]): ApiProblem {
  return new ApiProblem(
    "bad_request",
    m.badRequest,
    fill(m.badRequestDetail, { names: params.map((param) => param.name).join(", ") }),
    { invalidParams: params },
  );
}

/** The query's values by name, refusing unknown and repeated parameters. */
export function readQuery(url: URL, allowed: readonly string[], m: Words): Map<string, string> {
  const values = new Map<string, string>();
  const problems: InvalidParam[] = [];
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name)) problems.push({ name, reason: fill(m.unknownParam, { name }) });
    else if (values.has(name)) problems.push({ name, reason: fill(m.repeatedParam, { name }) });
    else values.set(name, value);
  }
  if (problems.length) throw badRequest(m, problems);
  return values;
}

export function parseLimit(value: string | undefined, m: Words): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT))
    throw badRequest(m, [{ name: "limit", reason: fill(m.limit, { max: MAX_LIMIT }) }]);
  return limit;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** An RFC 3339 date-time with its offset (a time without one would mean whose clock?), as a Date. */
export function parseDateTime(name: string, value: string, m: Words): Date {
  const match = DATE_TIME.exec(value);
  const [, year, month, day, hour, minute, second = "0"] = match ?? [];
  const time = Date.parse(value);
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid =
    match &&
    Number.isFinite(time) &&
    calendar.getUTCDate() === Number(day) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60;
  if (!valid) throw badRequest(m, [{ name, reason: m.date }]);
  return new Date(time);
}

export function parseIdParam(name: string, value: string, m: Words): number {
  const id = parseId(value);
  if (id === null) throw badRequest(m, [{ name, reason: fill(m.id, { name }) }]);
  return id;
}

export function parseSlugParam(name: string, value: string, m: Words): string {
  const slug = parseSlug(value);
  if (slug === null) throw badRequest(m, [{ name, reason: fill(m.slug, { name }) }]);
  return slug;
}
