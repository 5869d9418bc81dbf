// The one sign-in throttle of this server process, on the store the settings choose.
import "server-only";
import { env } from "@/lib/env";
import { SignInThrottle } from "@/lib/auth/throttle/sign-in-throttle";
import { openStore } from "@/lib/auth/throttle/store";

// Kept on globalThis so that dev-mode module reloading does not open a second connection.
const holder = globalThis as typeof globalThis & { __mastheadThrottle?: SignInThrottle };

export function signInThrottle(): SignInThrottle {
  holder.__mastheadThrottle ??= new SignInThrottle(
    openStore({ redisUrl: env.redisUrl, databaseUrl: env.embedded ? undefined : env.databaseUrl }),
  );
  return holder.__mastheadThrottle;
}

export type { SignInThrottle };
