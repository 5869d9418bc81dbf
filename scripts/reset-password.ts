// npm run reset-password -- [email] — a new password for a staff account (default: the first admin).
import { closeDb, getDb } from "@/lib/db";
import { resetPassword } from "@/lib/services/users/set-password";
import { DEFAULT_ADMIN_EMAIL } from "@/lib/services/users/ensure-first-admin";
import { describeDatabase } from "./db/run-migrations";

const email = process.argv.slice(2).find((arg) => !arg.startsWith("-")) ?? DEFAULT_ADMIN_EMAIL;
console.log(`Database: ${describeDatabase()}`);
try {
  const password = await resetPassword(await getDb(), email);
  if (!password) {
    console.error(`No account with the email ${email}.`);
    process.exitCode = 1;
  } else {
    console.log(`New password for ${email}: ${password}\nIts existing sessions have been signed out.`);
  }
} finally {
  await closeDb();
}
