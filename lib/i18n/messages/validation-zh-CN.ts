// What the admin's smaller forms say about input their schemas refuse (lib/validations/*), Simplified
// Chinese; merged into the zh-CN messages as `validation`. The schemas are built from these per
// interface language. The article's own fields are worded in article-fields.ts.
export const validationZhCN = {
  unknownRole: "未知的角色",
  validEmail: "请输入有效的邮箱地址",
  enterEmail: "请输入邮箱",
  enterPassword: "请输入密码",
  nameRequired: "请填写姓名",
  passwordTooShort: "密码至少 {min} 个字符;留空则自动生成",
  passwordTooCommon: "这个密码太常见;留空则自动生成",
  slugRequired: "请填写网址名",
  sectionNameRequired: "请填写栏目名",
  topicTitleRequired: "请填写专题名称",
  liveEntryTooLong: "条目最多 {max} 个字",
  roleKeyRequired: "请填写角色代码",
  nameZhRequired: "请填写中文名称",
  nameEnRequired: "请填写英文名称",
  tooLong: "{label}不能超过 {max} 个字",
  altLabel: "替代文字",
  captionLabel: "图片说明",
  creditLabel: "摄影",
  importTextLost: "稿件文本丢失,请重新粘贴",
  titleRequired: "请填写标题",
};
