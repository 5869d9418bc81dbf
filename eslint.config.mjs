import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "next-env.d.ts",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // Specs take `test` from e2e/support/test.ts, which fails a test on any CSP violation in the console.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test"],
              message: "Import test from e2e/support/test.ts: it fails on Content-Security-Policy violations.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tooling that runs before or around the app (and the one env module) may read the environment.
    files: [
      "lib/env.ts",
      "instrumentation.ts",
      "scripts/**",
      "e2e/**",
      "playwright.config.ts",
      "vitest.config.ts",
      "tests/**",
      "next.config.js",
      "prisma.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
]);
