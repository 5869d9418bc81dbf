// Issue 11 §3: the container files are linted even though containers cannot run here — compose.yaml
// against the Compose Specification's own schema, the Dockerfile with dockerfile-utils, and both
// against what Masthead actually reads and ships.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { validate as lintDockerfile } from "dockerfile-utils";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

interface ComposeService {
  image?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: unknown;
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, ComposeService> };

/** Every setting lib/env.ts reads: the keys of its schema, one a line. */
const SETTINGS = new Set([...read("lib/env.ts").matchAll(/^ {2}([A-Z][A-Z0-9_]+): /gm)].map((match) => match[1]));

describe("compose.yaml", () => {
  it("is valid by the Compose Specification's schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const schema = JSON.parse(read("deploy/schemas/compose-spec.json")) as Record<string, unknown>;
    // Draft-07 as Ajv knows it: the file names its meta-schema by an https address Ajv does not hold.
    delete schema.$schema;
    const check = ajv.compile(schema);
    const file = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, Record<string, unknown>> };
    const valid = check(file);
    expect(check.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The check can fail: a misspelt key and a wrong type are refused.
    const broken = structuredClone(file);
    broken.services.app1 = { ...broken.services.app1, restart: 42, helthcheck: {} };
    expect(check(broken)).toBe(false);
  });

  it("runs two app servers behind the edge, with the release step first and readiness as their health", () => {
    const apps = Object.entries(compose.services).filter(([, service]) => service.image === "masthead:latest");
    const servers = apps.filter(([name]) => name !== "release");
    expect(servers.map(([name]) => name)).toEqual(["app1", "app2"]);
    for (const [, service] of servers) {
      expect(service.depends_on?.release?.condition).toBe("service_completed_successfully");
      expect(JSON.stringify(service.healthcheck)).toContain("/api/ready");
    }
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(["edge", "postgres", "postgres-standby", "redis", "objects"]),
    );
  });

  it("passes only settings Masthead reads, and mounts files that exist", () => {
    expect(SETTINGS.size).toBeGreaterThan(40);
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.image !== "masthead:latest") continue;
      for (const key of Object.keys(service.environment ?? {})) expect(SETTINGS, `${name}: ${key}`).toContain(key);
    }
    const mounted = Object.values(compose.services).flatMap((service) =>
      (service.volumes ?? []).filter((volume) => volume.startsWith("./")).map((volume) => volume.split(":")[0] ?? ""),
    );
    expect(mounted.length).toBeGreaterThan(3);
    for (const file of mounted) expect(existsSync(path.join(root, file)), file).toBe(true);
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const instructions = dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));

  it("has no problem dockerfile-utils reports", () => {
    expect(lintDockerfile(dockerfile).map((problem) => `${problem.range.start.line + 1}: ${problem.message}`)).toEqual(
      [],
    );
  });

  it("builds in one stage and runs from another, pinned, as a non-root user with a health check", () => {
    const stages = instructions.filter((line) => /^FROM\s/i.test(line));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const image = /^ARG NODE_IMAGE=(\S+)/m.exec(dockerfile)?.[1] ?? "";
    expect(image).toMatch(/^node:\d+\.\d+-bookworm-slim$/);
    const runtime = instructions.slice(instructions.lastIndexOf(stages.at(-1) ?? ""));
    const user = runtime.filter((line) => /^USER\s/i.test(line)).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(\s|:|$)/i);
    expect(runtime.some((line) => /^HEALTHCHECK\s.*\/api\/health/i.test(line))).toBe(true);
    // The server the image runs is the production bundle scripts/build.ts writes.
    expect(runtime.at(-1)).toContain(".next/masthead/server.mjs");
    expect(dockerfile).toMatch(/prisma prisma/);
  });

  it("leaves secrets, local data and build output out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".next", ".data", ".env", "backups"]) expect(ignored).toContain(entry);
  });
});
