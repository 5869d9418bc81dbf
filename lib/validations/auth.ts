import { z } from "zod";
import type { ValidationWords } from "@/lib/validations/admin";

export const signInSchema = (v: ValidationWords) =>
  z.object({
    email: z
      .string({ error: v.enterEmail })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: v.validEmail })),
    password: z.string({ error: v.enterPassword }).min(1, { error: v.enterPassword }),
  });
