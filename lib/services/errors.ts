// Failures a service reports to its caller. A refusal names a message key (lib/i18n/messages/
// services-*.ts) rather than a sentence: services do not know who reads them, and the edge that shows
// the refusal (an action, the upload route) words it in the interface language. `message` is the
// default language's wording, for logs, the command line and tests. Anything that is not a
// ServiceError is a bug and surfaces as one.
import { fill } from "@/lib/i18n/fill";
import { servicesZhCN, type ServiceMessages } from "@/lib/i18n/messages/services-zh-CN";

export type FieldErrors = Partial<Record<string, string[]>>;

type Leaf<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A message of lib/i18n/messages/services-*.ts, by its path ("emailTaken", "notFound.section"). */
export type ServiceMessageKey = Leaf<ServiceMessages>;

type Value = string | number | Said | ReadonlyArray<string | Said>;

/** Words still to be chosen: a key, and what fills its placeholders (lists are joined per language). */
export interface Said {
  key: ServiceMessageKey;
  values?: Readonly<Record<string, Value>>;
}

/** Text a caller has already worded in the reader's language (an action knows it); used as is. */
export interface Verbatim {
  text: string;
}

export type Saying = ServiceMessageKey | Said | Verbatim;

export const say = (key: ServiceMessageKey, values?: Said["values"]): Said => ({ key, values });

function lookup(messages: ServiceMessages, key: ServiceMessageKey): string {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
  return typeof found === "string" ? found : key;
}

/** The words of `saying` in the language of `messages`. */
export function word(saying: Saying, messages: ServiceMessages = servicesZhCN): string {
  if (typeof saying === "string") return lookup(messages, saying);
  if ("text" in saying) return saying.text;
  const value = (item: Value): string | number =>
    typeof item === "string" || typeof item === "number"
      ? item
      : Array.isArray(item)
        ? item.map((part: string | Said) => value(part)).join(messages.listSeparator)
        : word(item as Said, messages);
  const values = Object.fromEntries(Object.entries(saying.values ?? {}).map(([name, item]) => [name, value(item)]));
  return fill(lookup(messages, saying.key), values);
}

export type FieldSayings = Partial<Record<string, Saying[]>>;

export class ServiceError extends Error {
  constructor(
    readonly code: "validation" | "not_found" | "forbidden" | "conflict" | "unauthenticated",
    readonly saying: Saying,
    readonly fieldSayings: FieldSayings = {},
  ) {
    super(word(saying));
    this.name = "ServiceError";
  }

  /** The message and the field errors in the language of `messages`. */
  worded(messages: ServiceMessages = servicesZhCN): { message: string; fieldErrors: FieldErrors } {
    const fieldErrors: FieldErrors = {};
    for (const [field, sayings] of Object.entries(this.fieldSayings)) {
      fieldErrors[field] = (sayings ?? []).map((saying) => word(saying, messages));
    }
    return { message: word(this.saying, messages), fieldErrors };
  }

  /** The field errors in the default language. */
  get fieldErrors(): FieldErrors {
    return this.worded().fieldErrors;
  }
}

export const notFound = (what: keyof ServiceMessages["notFound"] = "article") =>
  new ServiceError("not_found", `notFound.${what}` as const);
export const forbidden = (saying: Saying = "forbidden") => new ServiceError("forbidden", saying);
export const invalid = (saying: Saying, fieldSayings: FieldSayings = {}) =>
  new ServiceError("validation", saying, fieldSayings);
