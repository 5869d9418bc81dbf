import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it.each([
    ["short", "tooShort"],
    ["a".repeat(PASSWORD_MIN_LENGTH - 1), "tooShort"],
    ["x".repeat(300), "tooLong"],
    // On the shipped list of common passwords, as they are or dressed up.
    ["123456789012", "common"],
    ["qwertyuiop123", "common"],
    ["1qaz2wsx3edc", "common"],
    ["Password1234", "common"],
    ["password2024!!", "common"],
    ["!!!!iloveyou!!!!", "common"],
    ["ＰＡＳＳＷＯＲＤ12345", "common"],
    ["aaaaaaaaaaaaaaa", "common"],
    ["abcabcabcabcabc", "common"],
    // Made of the account's own email or the site's name.
    ["chenming-2024-news", "personal"],
    ["masthead-rocks-2024", "personal"],
  ])("refuses %j (%s)", (password, problem) => {
    expect(passwordProblem(password, { email: "chenming@newsroom.test" })).toBe(problem);
  });

  it.each(["correct horse battery staple", "编辑部的晚班咖啡总是很苦啊", "tangerine-kettle-91-lamp", "9f$Lq2#vR8m!"])(
    "accepts %j",
    (password) => {
      expect(passwordProblem(password, { email: "chenming@newsroom.test" })).toBeNull();
    },
  );

  it("counts Chinese characters one each", () => {
    expect(passwordProblem("新闻编辑部晚班咖啡苦涩", {})).toBe("tooShort");
    expect(passwordProblem("新闻编辑部晚班咖啡很苦涩", {})).toBeNull();
  });
});
