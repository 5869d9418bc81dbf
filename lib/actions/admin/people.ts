"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { savePerson } from "@/lib/services/people/manage-people";
import { personSchema } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";

export const savePersonAction = formAction({
  name: "person.save",
  input: (strings) => personSchema(strings.validation).extend({ id: idSchema.optional() }),
  run: ({ id, ...person }, ctx) => savePerson(ctx, id ?? null, person),
  done: () => redirect("/admin/people?notice=saved"),
});
