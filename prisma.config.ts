// Prisma CLI configuration. Only `prisma generate` is run through the CLI here;
// migrations are applied by scripts/db (see README: the native engine cannot be downloaded offline).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
