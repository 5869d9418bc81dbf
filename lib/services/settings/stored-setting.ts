// A group of settings kept as one JSON row of Setting, read through its schema: a row that is missing or
// no longer reads (a setting added or renamed since) gives the schema's defaults, never an error.
import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export function storedSetting<Schema extends z.ZodType<Prisma.InputJsonValue>>(key: string, schema: Schema) {
  return {
    async read(db: Db): Promise<z.output<Schema>> {
      const row = await db.setting.findUnique({ where: { key } });
      const parsed = schema.safeParse(row?.value ?? {});
      return parsed.success ? parsed.data : schema.parse({});
    },
    async write(tx: Prisma.TransactionClient, value: z.output<Schema>): Promise<void> {
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
  };
}
