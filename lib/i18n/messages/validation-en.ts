import type { validationZhCN } from "@/lib/i18n/messages/validation-zh-CN";

// What the admin's smaller forms say about input their schemas refuse, English.
export const validationEn = {
  unknownRole: "Unknown role",
  validEmail: "Please enter a valid email address",
  enterEmail: "Please enter your email",
  enterPassword: "Please enter your password",
  nameRequired: "Please fill in the name",
  passwordTooShort: "The password needs at least {min} characters; leave it empty to generate one",
  passwordTooCommon: "This password is too common; leave it empty to generate one",
  slugRequired: "Please fill in the address name",
  sectionNameRequired: "Please fill in the section name",
  topicTitleRequired: "Please fill in the topic's title",
  liveEntryTooLong: "An entry has at most {max} characters",
  roleKeyRequired: "Please fill in the role code",
  nameZhRequired: "Please fill in the Chinese name",
  nameEnRequired: "Please fill in the English name",
  tooLong: "{label}: at most {max} characters",
  altLabel: "Alt text",
  captionLabel: "Caption",
  creditLabel: "Photo credit",
  importTextLost: "The copy was lost; please paste it again",
  titleRequired: "Please fill in the title",
} satisfies typeof validationZhCN;
