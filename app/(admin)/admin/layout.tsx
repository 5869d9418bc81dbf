import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "./sign-out";
import { can, type SitePermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "管理后台", template: "%s - 管理后台" },
  robots: { index: false },
};

const NAV: Array<{ href: string; label: string; permission?: SitePermission }> = [
  { href: "/admin", label: "工作台" },
  { href: "/admin/articles", label: "文章" },
  { href: "/admin/articles/new", label: "写新文章" },
  { href: "/admin/media", label: "图片库" },
  { href: "/admin/import", label: "导入" },
  { href: "/admin/people", label: "人员", permission: "people.manage" },
  { href: "/admin/sections", label: "栏目", permission: "sections.manage" },
  { href: "/admin/tags", label: "标签", permission: "tags.manage" },
  { href: "/admin/trash", label: "回收站", permission: "article.viewAll" },
  { href: "/admin/users", label: "账号", permission: "users.manage" },
  { href: "/admin/roles", label: "署名角色", permission: "roles.manage" },
  { href: "/admin/audit", label: "审计日志", permission: "audit.view" },
  { href: "/admin/settings", label: "设置", permission: "settings.manage" },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/admin");
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label="管理后台" className="flex flex-wrap items-center gap-4 text-sm">
            <Link href="/admin" className="text-base font-bold">
              Masthead
            </Link>
            {NAV.filter((item) => !item.permission || can(user, item.permission)).map((item) => (
              <Link key={item.href} href={item.href}>
                {item.label}
              </Link>
            ))}
            <Link href="/" className="text-neutral-500">
              在网站上查看
            </Link>
          </nav>
          <form action={signOutAction} className="flex items-center gap-3 text-sm">
            <span className="text-neutral-500">
              当前用户:<span data-testid="current-user">{user.name}</span>
            </span>
            <button type="submit" className="rounded border border-neutral-300 px-3 py-1 dark:border-neutral-700">
              退出登录
            </button>
          </form>
        </div>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-8">{children}</div>
    </div>
  );
}
