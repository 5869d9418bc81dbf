import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string({ error: "请输入邮箱" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "请输入有效的邮箱地址" })),
  password: z.string({ error: "请输入密码" }).min(1, { error: "请输入密码" }),
});
