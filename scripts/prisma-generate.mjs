// Generates the Prisma client without Prisma's native schema engine, which cannot be
// downloaded on an offline machine: `prisma generate` never calls the engine, but the
// CLI insists on locating one, so any existing executable satisfies it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const fakeEngine = existsSync("/bin/true") ? "/bin/true" : process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fakeEngine, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
