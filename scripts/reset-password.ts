// npm run reset-password -- [email] — a new password for a staff account (default: the first admin).
// The new password must be changed at the next sign-in, and the account's sessions end.
import { closeDb, getDb } from "@/lib/db";
import { resetPassword } from "@/lib/services/users/set-password";
import { describeDatabase } from "./db/run-migrations";

console.log(`Database: ${describeDatabase()}`);
try {
  const db = await getDb();
  const given = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  // The first admin may have replaced the default email at first sign-in: look it up instead of guessing.
  const email = given ?? (await db.user.findFirst({ where: { role: "ADMIN" }, orderBy: { id: "asc" } }))?.email;
  const password = email ? await resetPassword(db, email) : null;
  if (!email || !password) {
    console.error(email ? `No account with the email ${email}.` : "No admin account yet: run npm run setup.");
    process.exitCode = 1;
  } else {
    console.log(`New password for ${email}: ${password}`);
    console.log("It must be changed at the next sign-in. The account's existing sessions have been signed out.");
  }
} finally {
  await closeDb();
}
