/**
 * Fills "{name}" placeholders. Strings for client components are plain data with placeholders
 * rather than functions, because props from a server parent must be serialisable.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
