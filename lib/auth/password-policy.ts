// What a new password must be: long enough, not on the list of common passwords shipped with Masthead
// (the most frequent 10,000 of the zxcvbn-ts "common" list, MIT licence, plus its longer entries), and
// not made of the account's own email.
import COMMON_PASSWORDS from "@/lib/auth/common-passwords.json";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal";

const common = new Set<string>(COMMON_PASSWORDS);
// Digits, punctuation, symbols and spaces stuck on either end add little: "password2024!" is "password".
const DECORATION = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;

function isCommon(normalized: string): boolean {
  if (common.has(normalized)) return true;
  const core = normalized.replace(DECORATION, "");
  if (core.length >= 4 && common.has(core)) return true;
  // One character or a short group over and over: "aaaaaaaaaaaa", "abcabcabcabc".
  return /^(.{1,3})\1+$/su.test(normalized);
}

/** Why this password may not be used, or null when it may. */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  // Counted in characters as people see them: a Chinese character is one.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const normalized = password.normalize("NFKC").toLowerCase();
  if (isCommon(normalized)) return "common";
  const local = context.email?.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && normalized.includes(local)) return "personal";
  if (normalized.includes("masthead")) return "personal";
  return null;
}
