// What a response's Cache-Control says to shared caches, read the way the server's layers need it.

/** Public, with a positive s-maxage: a shared cache may keep it. */
export function sharedMaxAge(cacheControl: string | undefined): number | undefined {
  if (!cacheControl || !/\bpublic\b/.test(cacheControl)) return undefined;
  const seconds = Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

/**
 * `X-Accel-Expires` for nginx, which counts lifetimes in whole seconds and keeps an entry through the
 * end of its last second (so `s-maxage=1` could live almost 2 s there): an absolute expiry at the
 * second mark keeps the shipped edge within the lifetime the app gave.
 */
export function nginxExpiry(cacheControl: string | undefined, now: number): string | undefined {
  const seconds = sharedMaxAge(cacheControl);
  return seconds === undefined ? undefined : `@${Math.floor(now / 1000) + seconds - 1}`;
}
