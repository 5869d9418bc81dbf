/** Only same-site paths are followed after sign-in; anything else goes to the admin home. */
export function safeReturnPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
