// Fixed tables looked up by a value from an address (`?notice=saved`): only the table's own entries
// count, so `constructor`, `__proto__` or `toString` name nothing instead of a function.

export function lookup<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}
