"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import {
  changeRole,
  createUser,
  resetTwoFactor,
  resetUserPassword,
  setDisabled,
} from "@/lib/services/users/manage-users";
import { booleanField, createUserSchema, userRoleSchema } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/ids";
import { fill } from "@/lib/i18n/fill";

const account = z.object({ userId: idSchema });

export const createUserAction = formAction({
  name: "user.create",
  input: (strings) => createUserSchema(strings.validation),
  run: (input, ctx) => createUser(ctx, input),
  done: (created, input, strings) => ({
    ok: true,
    message: fill(strings.actions.userCreated, { email: input.email }),
    data: created.password,
  }),
});

export const changeRoleAction = formAction({
  name: "user.role",
  input: (strings) => account.extend({ role: userRoleSchema(strings.validation) }),
  run: ({ userId, role }, ctx) => changeRole(ctx, userId, role),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.roleUpdated }),
});

export const setDisabledAction = formAction({
  name: "user.disable",
  input: account.extend({ disabled: booleanField }),
  run: ({ userId, disabled }, ctx) => setDisabled(ctx, userId, disabled),
  done: (_nothing, { disabled }, strings) => ({
    ok: true,
    message: disabled ? strings.actions.userDisabled : strings.actions.userEnabled,
  }),
});

export const resetPasswordAction = formAction({
  name: "user.password",
  input: account,
  run: ({ userId }, ctx) => resetUserPassword(ctx, userId),
  done: (password, _input, strings) => ({ ok: true, message: strings.actions.newPassword, data: password }),
});

export const resetTwoFactorAction = formAction({
  name: "user.twoFactorReset",
  input: account,
  run: ({ userId }, ctx) => resetTwoFactor(ctx, userId),
  done: (_nothing, _input, strings) => ({ ok: true, message: strings.actions.twoFactorReset }),
});
