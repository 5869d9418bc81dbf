import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A value as Prisma stores it in a Json column. The round trip drops `undefined` members (which JSON
 * has no room for), so the stored value is exactly what reading it back gives.
 */
export function toJsonValue(value: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
