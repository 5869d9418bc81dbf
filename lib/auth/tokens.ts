// Random tokens (sessions, sign-in challenges) and how they are kept: only a hash is stored, so a copy
// of the database opens no session.
import { createHash, randomBytes } from "node:crypto";

export const newToken = (): string => randomBytes(32).toString("base64url");

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("base64url");
