"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n";

type AdminUi = Messages["admin"]["ui"];

// The admin layout (a server component) passes the strings in once; nested client components such as
// the media browser inside the body editor read them here instead of threading props through every level.
const AdminMessagesContext = createContext<AdminUi>(getMessages().admin.ui);

export function AdminMessagesProvider({ messages, children }: { messages: AdminUi; children: ReactNode }) {
  return <AdminMessagesContext.Provider value={messages}>{children}</AdminMessagesContext.Provider>;
}

export function useAdminMessages(): AdminUi {
  return useContext(AdminMessagesContext);
}
