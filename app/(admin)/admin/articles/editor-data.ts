import "server-only";
import { getDb } from "@/lib/db";
import { listCreditRoles, listSectionsForAdmin } from "@/lib/services/articles/admin-queries";

/** The choices every article editor offers. */
export async function editorChoices() {
  const db = await getDb();
  const [roles, sections] = await Promise.all([listCreditRoles(db), listSectionsForAdmin(db)]);
  return {
    roles: roles.map((role) => ({ key: role.key, nameZh: role.nameZh })),
    sections: sections.map((section) => ({ id: section.id, name: section.name })),
  };
}
