/** An instant as an editor types it into a time field: a wall-clock time in Beijing, to the second. */
export function beijing(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Shanghai",
    dateStyle: "short",
    timeStyle: "medium",
  }).format(at);
}
