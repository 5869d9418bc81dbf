import { randomBytes } from "node:crypto";
import type { StaffUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { textToDoc } from "@/lib/newsroom/body";
import type { SaveArticleInput } from "@/lib/services/articles/save-article";
import type { ServiceContext } from "@/lib/services/context";

export async function createStaff(role: UserRole, name = `${role.toLowerCase()}-${randomBytes(3).toString("hex")}`) {
  const db = await getDb();
  const user = await db.user.create({
    data: { email: `${randomBytes(6).toString("hex")}@test.local`, name, role, passwordHash: "not-a-real-hash" },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role } satisfies StaffUser;
}

export interface Clock {
  now: Date;
}

export async function contextFor(actor: StaffUser, changes: string[][] = [], clock?: Clock): Promise<ServiceContext> {
  return {
    db: await getDb(),
    actor,
    onChange: (tags) => changes.push(tags),
    now: clock ? () => clock.now : undefined,
  };
}

export function articleInput(overrides: Partial<SaveArticleInput> = {}): SaveArticleInput {
  return {
    kicker: null,
    title: `测试文章 ${randomBytes(4).toString("hex")}`,
    subtitle: null,
    summary: null,
    body: textToDoc("第一段。\n## 小标题\n第二段。"),
    source: "测试网",
    sourceUrl: null,
    sectionId: null,
    tags: [],
    publishedAt: null,
    embargoUntil: null,
    credits: [
      { roleKey: "REPORTER", name: "陈明", affiliation: "中华工商时报" },
      { roleKey: "CORRESPONDENT", name: "苏显中", affiliation: null },
      { roleKey: "EDITOR", name: "张晖", affiliation: null },
    ],
    ...overrides,
  };
}

/** An already published article, for tests about what happens next. */
export async function publishedArticle(ctx: ServiceContext, overrides: Partial<SaveArticleInput> = {}) {
  const { saveArticle } = await import("@/lib/services/articles/save-article");
  return saveArticle(ctx, articleInput({ ...overrides, then: { action: "publish" } }));
}
