"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { retryJob } from "@/lib/services/jobs/job-admin";

export const retryJobAction = formAction({
  name: "job.retry",
  input: z.object({ name: z.string().trim().min(1).max(200), id: z.uuid() }),
  run: ({ name, id }, ctx) => retryJob(ctx, name, id),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.jobs.actions.retried }),
});
