import { randomBytes } from "node:crypto";
import type { StaffUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { textToDoc } from "@/lib/newsroom/body";
import type { ServiceContext } from "@/lib/services/context";
import type { SaveArticleInput } from "@/lib/services/articles/save-article";

export async function createStaff(role: UserRole, name = `${role.toLowerCase()}-${randomBytes(3).toString("hex")}`) {
  const db = await getDb();
  const user = await db.user.create({
    data: { email: `${name}@test.local`, name, role, passwordHash: "not-a-real-hash" },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role } satisfies StaffUser;
}

export async function contextFor(actor: StaffUser, changes: string[][] = []): Promise<ServiceContext> {
  return { db: await getDb(), actor, onChange: (tags) => changes.push(tags) };
}

export function articleInput(overrides: Partial<SaveArticleInput> = {}): SaveArticleInput {
  return {
    title: `测试文章 ${randomBytes(4).toString("hex")}`,
    source: "测试网",
    publishedAt: null,
    body: textToDoc("第一段。\n## 小标题\n第二段。"),
    credits: [
      { role: "REPORTER", name: "陈明", affiliation: "中华工商时报" },
      { role: "CORRESPONDENT", name: "苏显中", affiliation: null },
      { role: "EDITOR", name: "张晖", affiliation: null },
    ],
    publish: false,
    ...overrides,
  };
}
