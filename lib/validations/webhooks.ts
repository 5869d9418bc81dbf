// The webhook endpoint form. Each event is a checkbox named `event:<type>` (a form's fields reach the
// action as one value per name); the service checks the URL itself (lib/webhooks/address-guard.ts).
import { z } from "zod";
import { DOMAIN_EVENT_TYPES, type DomainEventType } from "@/lib/events/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n";
import { idSchema } from "@/lib/validations/ids";

export const URL_MAX = 2_000;
export const DESCRIPTION_MAX = 500;
export const EVENT_FIELD = "event:";

type Words = Messages["webhooks"]["validation"];

const endpointFields = (v: Words) =>
  z.looseObject({
    url: z
      .string()
      .trim()
      .min(1, { error: v.urlRequired })
      .max(URL_MAX, { error: fill(v.urlTooLong, { max: URL_MAX }) }),
    description: z
      .string()
      .trim()
      .max(DESCRIPTION_MAX, { error: fill(v.descriptionTooLong, { max: DESCRIPTION_MAX }) })
      .optional()
      .transform((value) => value ?? ""),
    enabled: z
      .string()
      .optional()
      .transform((value) => value === "on"),
  });

export interface EndpointInput {
  url: string;
  description: string;
  enabled: boolean;
  events: DomainEventType[];
}

function chosenEvents(v: Words) {
  return <T extends { url: string; description: string; enabled: boolean } & Record<string, unknown>>(
    input: T,
    ctx: z.RefinementCtx,
  ) => {
    const events = DOMAIN_EVENT_TYPES.filter((type) => input[`${EVENT_FIELD}${type}`] === "on");
    if (events.length === 0) {
      ctx.addIssue({ code: "custom", path: ["events"], message: v.eventsRequired });
      return z.NEVER;
    }
    const endpoint: EndpointInput = { url: input.url, description: input.description, enabled: input.enabled, events };
    return endpoint;
  };
}

export const endpointSchema = (v: Words) => endpointFields(v).transform(chosenEvents(v));

export const updateEndpointSchema = (v: Words) =>
  endpointFields(v)
    .extend({ id: idSchema })
    .transform((input, ctx) => ({ id: input.id, endpoint: chosenEvents(v)(input, ctx) }));

export const endpointIdSchema = z.object({ id: idSchema });
