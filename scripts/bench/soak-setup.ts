// The soak's newsroom, made in the scratch database before the servers start (run by soak.ts with
// tsx): N editor accounts, each with its own published article to keep editing. Prints them as JSON.
// The accounts are made as an operator's ADMIN_EMAIL account is (lib/services/users/ensure-first-admin.ts):
// the password is the one chosen here, so the first sign-in goes straight to the admin.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, getDb } from "@/lib/db";

const count = Number(process.argv[2] ?? 5);
const db = await getDb();
// The newest articles: they are on the home page and at the top of the feeds, so every save expires
// what the readers are reading most.
const articles = await db.article.findMany({
  where: { status: "PUBLISHED", deletedAt: null, retractedAt: null },
  orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  take: count,
  select: { id: true, title: true },
});
if (articles.length < count) throw new Error(`only ${articles.length} published articles for ${count} editors`);
const editors = [];
for (const [index, article] of articles.entries()) {
  const email = `soak-editor-${index + 1}@masthead.local`;
  const password = randomBytes(18).toString("base64url");
  const user = await db.user.create({
    data: { email, name: `压测编辑${index + 1}`, role: "EDITOR", passwordHash: await hashPassword(password) },
    select: { id: true, name: true },
  });
  editors.push({ userId: user.id, name: user.name, email, password, articleId: article.id, title: article.title });
}
console.log(JSON.stringify(editors));
await closeDb();
