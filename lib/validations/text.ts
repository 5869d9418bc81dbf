// Free text from a search box or an address: control characters become spaces (PostgreSQL text cannot
// hold NUL at all, so `%00` would otherwise reach the database as an error), then it is trimmed.
import { z } from "zod";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

export const searchTextSchema = (max: number) =>
  z
    .string()
    .transform((text) => text.replace(CONTROL, " ").trim())
    .pipe(z.string().max(max));
