// Every server action is one chain, defined here once: parse the whole input with its zod schema →
// who is asking (the session) → the service → audit a refusal → a result the form can show. Nothing
// from the browser reaches a service unparsed, and a refusal is an answer, never a 500. Anything that
// is not a refusal (a bug, a lost database) is not caught here: it is an error and surfaces as one.
import "server-only";
import type { z } from "zod";
import { accountActionContext, type AccountActionContext } from "@/lib/actions/account/account-context";
import { actionContext, type ActionContext } from "@/lib/actions/action-context";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n";
import { actionStrings } from "@/lib/i18n/server";
import { audit } from "@/lib/services/audit";
import { ServiceError, type FieldErrors } from "@/lib/services/errors";
import { withoutNul } from "@/lib/validations/text";

/** Why an action did not do its work, on its way to the form. */
export interface Refusal {
  code: ServiceError["code"];
  message: string;
  fieldErrors: FieldErrors;
  /** The service's own error, for refusals that carry more (a conflict names its revision). */
  error?: ServiceError;
}

type Session = "staff" | "account" | "anyone";
type ContextOf<S extends Session> = S extends "staff"
  ? ActionContext
  : S extends "account"
    ? AccountActionContext
    : null;

/** Who may call it: the session step of the chain. */
async function contextFor(session: Session | undefined): Promise<ActionContext | AccountActionContext | null> {
  if (session === "anyone") return null;
  // An account's own actions let in an account that still has a step to do (a password to change,
  // two-factor sign-in to set up): these actions are that step.
  return session === "account" ? accountActionContext() : actionContext();
}

export interface ActionSpec<Schema extends z.ZodType, Value, Result, S extends Session = "staff"> {
  /** How the audit log names the action when the actor was refused it, e.g. "section.delete". */
  name: string;
  /** The whole input's schema; a function when its messages follow the interface language. */
  input: Schema | ((strings: Messages) => Schema);
  /** "staff" (the default): a signed-in, enabled account. "account": the same, with steps left to do. "anyone": signing in. */
  session?: S;
  run(input: z.output<Schema>, ctx: ContextOf<S>, strings: Messages): Promise<Value>;
  done(value: Value, input: z.output<Schema>, strings: Messages): Result | Promise<Result>;
}

/** A form's fields as they arrived. */
export type PostedFields = Record<string, FormDataEntryValue>;

/** An action whose refusals take a shape of their own; `raw` is the input as it arrived, to show it again. */
type WithRefuse<Schema extends z.ZodType, Value, Result, S extends Session, Raw> = ActionSpec<
  Schema,
  Value,
  Result,
  S
> & {
  refuse(refusal: Refusal, raw: Raw, strings: Messages): Result;
};

function fromZod(error: z.ZodError): Refusal {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return { code: "validation", message: error.issues[0]?.message ?? "", fieldErrors };
}

/** A service's refusal, worded in the interface language. */
const fromService = (error: ServiceError, strings: Messages): Refusal => ({
  code: error.code,
  ...error.worded(strings.services),
  error,
});

export function refusalResult(refusal: Refusal): ActionResult<never> {
  return { ok: false, message: refusal.message, fieldErrors: refusal.fieldErrors };
}

async function run<Schema extends z.ZodType, Value, Result, S extends Session, Raw>(
  spec: WithRefuse<Schema, Value, Result, S, Raw>,
  raw: Raw,
): Promise<Result> {
  const strings = await actionStrings();
  const refuse = (refusal: Refusal) => spec.refuse(refusal, raw, strings);
  // 1. Parse: an issue without a message of its own (a forged id, a missing field) says "invalid input".
  const schema = typeof spec.input === "function" ? spec.input(strings) : spec.input;
  const parsed = schema.safeParse(withoutNul(raw), { error: () => strings.actions.invalidInput });
  if (!parsed.success) return refuse(fromZod(parsed.error));
  let ctx: ActionContext | AccountActionContext | null = null;
  let value: Value;
  try {
    // 2. Session, then 3. the service.
    ctx = await contextFor(spec.session);
    value = await spec.run(parsed.data, ctx as ContextOf<S>, strings);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    // 4. Audit: the service audits what it did, in its own transaction; a staff member refused
    // something their role does not allow (a forged request, a stale screen) is recorded here.
    if (ctx && error.code === "forbidden") {
      await audit(ctx.db, ctx.actor, "action.refused", { details: { action: spec.name, reason: error.message } });
    }
    return refuse(fromService(error, strings));
  }
  // 5. The form's result (or a redirect, which Next carries out).
  return spec.done(value, parsed.data, strings);
}

type FormActionFunction<Result> = (previous: Result | null, form: FormData) => Promise<Result>;

/** The action of a form (through useActionState): the form's fields are the input; refusals are ActionResults. */
export function formAction<Schema extends z.ZodType, Value, Data = undefined, S extends Session = "staff">(
  spec: ActionSpec<Schema, Value, ActionResult<Data>, S>,
): FormActionFunction<ActionResult<Data>> {
  return async (_previous, form) => run({ ...spec, refuse: refusalResult }, Object.fromEntries(form));
}

/** The same, for a form whose refusals carry more than a message (the article form keeps its input). */
export function formActionWith<Schema extends z.ZodType, Value, Result, S extends Session = "staff">(
  spec: WithRefuse<Schema, Value, Result, S, PostedFields>,
): FormActionFunction<Result> {
  return async (_previous, form) => run(spec, Object.fromEntries(form));
}

/** An action a component calls with a value: typed for the caller, parsed all the same. */
export function callAction<Schema extends z.ZodType, Value, Result, S extends Session = "staff">(
  spec: WithRefuse<Schema, Value, Result, S, unknown>,
): (input: z.input<Schema>) => Promise<Result> {
  return async (input) => run(spec, input);
}
