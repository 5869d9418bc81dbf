// Apart from the rest of the password policy so that lib/env.ts can check ADMIN_PASSWORD without
// loading the list of common passwords.
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; longer input is refused before it reaches argon2. */
export const PASSWORD_MAX_LENGTH = 256;
