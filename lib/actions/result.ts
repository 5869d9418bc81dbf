/** What a small action (a button, a one-field form) tells the page. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Partial<Record<string, string[]>> };
