// Failures a service reports to its caller. Actions turn them into messages where the user is;
// anything else is a bug and surfaces as one.

export type FieldErrors = Partial<Record<string, string[]>>;

export class ServiceError extends Error {
  constructor(
    readonly code: "validation" | "not_found" | "forbidden" | "conflict" | "unauthenticated",
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export const notFound = (what = "文章") => new ServiceError("not_found", `${what}不存在或已被删除`);
export const forbidden = (message = "你没有权限执行此操作") => new ServiceError("forbidden", message);
export const invalid = (message: string, fieldErrors: FieldErrors = {}) =>
  new ServiceError("validation", message, fieldErrors);
