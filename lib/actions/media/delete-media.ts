"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { deleteMedia } from "@/lib/services/media/delete-media";
import { idSchema } from "@/lib/validations/ids";

export const deleteMediaAction = formAction({
  name: "media.delete",
  input: z.object({ id: idSchema }),
  run: ({ id }, ctx) => deleteMedia(ctx, id),
  done: () => redirect("/admin/media?notice=deleted"),
});
