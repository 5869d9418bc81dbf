// The words of the article fields, in both languages side by side: a field declared in
// lib/validations/article-fields.ts gets its label here, and nowhere else. The editor labels its
// inputs with them, the history labels its changes with them, and the form's refusals name them.
// Plain strings with {placeholders}: they reach the editor (a client component) as props.
import type { Language } from "@/lib/i18n/languages";
import { bodiesEn } from "@/lib/i18n/messages/bodies-en";
import { bodiesZhCN } from "@/lib/i18n/messages/bodies-zh-CN";
import type { FieldErrorWording } from "@/lib/validations/article-field-kinds";
import type { ArticleFieldGroup, ARTICLE_FIELD_GROUPS } from "@/lib/validations/article-fields";
import type { ArticleFieldName } from "@/lib/validations/article-content";

export interface FieldWords {
  label: string;
  hint?: string;
  placeholder?: string;
}

type LegendGroup = {
  [G in ArticleFieldGroup]: (typeof ARTICLE_FIELD_GROUPS)[G]["legend"] extends true ? G : never;
}[ArticleFieldGroup];

export interface ArticleFieldMessages {
  fields: Record<ArticleFieldName, FieldWords>;
  /** Legends of the groups that have one. */
  groups: Record<LegendGroup, FieldWords>;
  errors: FieldErrorWording;
}

export const articleFieldMessages: Record<Language, ArticleFieldMessages> = {
  "zh-CN": {
    fields: {
      kicker: { label: "引题" },
      title: { label: "标题" },
      subtitle: { label: "副题" },
      summary: { label: "摘要" },
      source: { label: "来源" },
      sourceUrl: { label: "来源链接" },
      sectionId: { label: "栏目", placeholder: "(无)" },
      tags: { label: "标签", hint: "用逗号或顿号分隔" },
      publishedAt: {
        label: "发布时间(北京时间)",
        hint: "例如 2022-08-05 13:48;留空则在发布时取当前时间",
        placeholder: "2022-08-05 13:48",
      },
      embargoUntil: {
        label: "禁发至(北京时间)",
        hint: "此时间之前,网站、订阅源和搜索中都不会出现本文",
        placeholder: "留空表示不设禁发",
      },
      takedownAt: {
        label: "定时下线(北京时间)",
        hint: "到这个时间,文章自动从网站撤下(撤回或归档,见网站设置)",
        placeholder: "留空表示不下线",
      },
      originalAuthor: { label: "原作者" },
      originalTitle: { label: "原标题" },
      originalUrl: { label: "原文链接" },
      isLive: { label: "滚动直播", hint: "文章页按时间倒序列出直播条目,读者无需刷新即可看到新条目" },
      liveEndsAt: {
        label: "直播结束时间(北京时间)",
        hint: "此后直播结束,不能再添加条目;留空表示不设结束时间",
        placeholder: "2022-08-05 18:00",
      },
      credits: { label: "署名" },
      coverMediaId: { label: "封面图片" },
      body: { label: "正文" },
    },
    groups: {
      reprint: { label: "转载", hint: "转载其他媒体的稿件时填写" },
      live: { label: "直播", hint: "滚动报道:发布后在右侧的直播面板中添加条目" },
    },
    errors: {
      body: bodiesZhCN.errors,
      required: "请填写{label}",
      tooLong: "{label}不能超过 {max} 个字",
      url: "{label}须是 http(s) 网址",
      time: "无法识别的时间,请按 2022-08-05 13:48 的格式填写",
      invalid: "{label}无效",
      unreadable: "{label}格式无法读取",
      tooMany: "{label}最多 {max} 个",
      eachTooLong: "每个{label}不能超过 {max} 个字",
      creditRole: "请选择署名角色",
      creditName: "姓名不能超过 {max} 个字",
      creditAffiliation: "单位不能超过 {max} 个字",
    },
  },
  en: {
    fields: {
      kicker: { label: "Kicker" },
      title: { label: "Title" },
      subtitle: { label: "Subtitle" },
      summary: { label: "Summary" },
      source: { label: "Source" },
      sourceUrl: { label: "Source link" },
      sectionId: { label: "Section", placeholder: "(none)" },
      tags: { label: "Tags", hint: "Separate with commas" },
      publishedAt: {
        label: "Publication time (Beijing time)",
        hint: "e.g. 2022-08-05 13:48; leave empty to use the time of publication",
        placeholder: "2022-08-05 13:48",
      },
      embargoUntil: {
        label: "Embargo until (Beijing time)",
        hint: "Until then the article appears nowhere: not on the site, in feeds or in search",
        placeholder: "Leave empty for no embargo",
      },
      takedownAt: {
        label: "Take down at (Beijing time)",
        hint: "At this time the article leaves the public site by itself (unpublished or archived, see settings)",
        placeholder: "Leave empty to keep it up",
      },
      originalAuthor: { label: "Original author" },
      originalTitle: { label: "Original title" },
      originalUrl: { label: "Original link" },
      isLive: {
        label: "Live coverage",
        hint: "The page lists live entries, newest first; readers see new ones without reloading",
      },
      liveEndsAt: {
        label: "Live coverage ends (Beijing time)",
        hint: "After this the coverage is closed and takes no new entries; leave empty for no end",
        placeholder: "2022-08-05 18:00",
      },
      credits: { label: "Credits" },
      coverMediaId: { label: "Cover image" },
      body: { label: "Body" },
    },
    groups: {
      reprint: { label: "Reprint", hint: "For a story first published by another outlet" },
      live: { label: "Live", hint: "Rolling coverage: once published, add entries in the live panel" },
    },
    errors: {
      body: bodiesEn.errors,
      required: "Please fill in the {label}",
      tooLong: "{label}: at most {max} characters",
      url: "{label} must be an http(s) address",
      time: "Unreadable time; please write it as 2022-08-05 13:48",
      invalid: "{label} is not valid",
      unreadable: "{label} could not be read",
      tooMany: "{label}: at most {max}",
      eachTooLong: "{label}: each at most {max} characters",
      creditRole: "Please choose a credit role",
      creditName: "Name: at most {max} characters",
      creditAffiliation: "Affiliation: at most {max} characters",
    },
  },
};
