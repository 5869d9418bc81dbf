import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-length";
import { idSchema } from "@/lib/validations/ids";

// Lengths only: the password policy itself (lib/auth/password-policy.ts) is the service's to apply,
// with messages in the interface language.
const password = z.string().max(PASSWORD_MAX_LENGTH * 4);

export const changePasswordSchema = z.object({
  currentPassword: password,
  newPassword: password,
  confirmPassword: password,
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()).optional(),
  callbackUrl: z.string().max(2048).optional(),
});

export const totpCodeSchema = z.object({ code: z.string().trim().min(1).max(32) });

export const currentPasswordSchema = z.object({ currentPassword: password });

export const sessionIdSchema = z.object({ sessionId: idSchema });
