import { apiZhCN } from "@/lib/i18n/messages/api-zh-CN";
import { accountZhCN, authZhCN, previewLinksZhCN, errorPageZhCN } from "@/lib/i18n/messages/security-zh-CN";
import { reviewZhCN } from "@/lib/i18n/messages/review-zh-CN";
import { actionsZhCN } from "@/lib/i18n/messages/actions-zh-CN";
import { adminZhCN } from "@/lib/i18n/messages/admin-zh-CN";
import { servicesZhCN } from "@/lib/i18n/messages/services-zh-CN";
import { validationZhCN } from "@/lib/i18n/messages/validation-zh-CN";
import { feedsZhCN } from "@/lib/i18n/messages/feeds-zh-CN";
import type { DateStyle } from "@/lib/newsroom/time";
import { bodiesZhCN } from "@/lib/i18n/messages/bodies-zh-CN";
import { topicsZhCN } from "@/lib/i18n/messages/topics-zh-CN";
import { viewsZhCN } from "@/lib/i18n/messages/views-zh-CN";
import { wordsZhCN } from "@/lib/i18n/messages/words-zh-CN";
import { jobsZhCN, webhooksZhCN } from "@/lib/i18n/messages/webhooks-zh-CN";

// User-facing strings, Simplified Chinese: the default language and the source of the Messages type.
// Every message is a template ({name}, filled by lib/i18n/fill.ts), never a function: plain data that
// server pages, client components and feeds share. Feature modules (*-zh-CN.ts) are spread in here.
// The e2e specs find elements by these texts, so changing one means changing the specs too.
export const zhCN = {
  /** <html lang> of the admin and sign-in pages; public pages take the content language's. */
  htmlLang: "zh-CN",
  /** Each language is named in itself, so the switch reads the same in either interface. */
  languageNames: { "zh-CN": "中文", en: "English" },
  /** How article pages print their dateline (formatDateline in lib/newsroom/time.ts). */
  dateStyle: "zh" as DateStyle,
  site: {
    description: "{siteName}:新闻与报道",
    skipToContent: "跳到正文",
    searchLandmark: "站内搜索",
    search: "搜索",
    searchPlaceholder: "搜索新闻",
    sectionsNav: "栏目",
    home: "首页",
    archive: "归档",
    lead: "头条",
    featured: "编辑推荐",
    latest: "最新文章",
    empty: "还没有发布的文章。",
    emptyHere: "这里还没有文章。",
    pagination: "分页",
    newest: "← 最新文章",
    older: "更早的文章 →",
    subscribe: "订阅:",
    notFoundTitle: "页面不存在",
    notFoundBody: "你要找的页面不存在,或文章已被撤回。",
    backHome: "返回首页",
    previewWarning: "这是尚未公开的预览,请勿转发。",
    previewTitle: "预览",
  },
  article: {
    source: "来源:",
    updatedAt: "更新于",
    corrections: "更正与更新",
    correction: "更正",
    update: "更新",
    tags: "标签:",
    authors: "作者:",
    related: "相关阅读",
    /** A caption's photo credit; a credit typed with its own 摄影 is printed with it once. */
    photoCredit: "摄影 {credit}",
    prevNext: "前后文章",
    previous: "← 上一篇:{title}",
    next: "下一篇:{title} →",
  },
  listings: {
    section: "栏目",
    sectionDescription: "{name}栏目的最新文章",
    tag: "标签",
    tagTitle: "标签:{name}",
    tagDescription: "关于“{name}”的最新文章",
    person: "作者",
    personDescription: "{affiliation}{name}的文章",
    personDescriptionPlain: "{name}的文章",
  },
  search: {
    title: "搜索",
    resultsFor: "“{q}”的搜索结果",
    criteria: "搜索条件",
    keywords: "关键词",
    section: "栏目",
    all: "全部",
    from: "从",
    to: "到",
    submit: "搜索",
    totalFound: "共找到 {n} 篇",
    totalFoundMore: "找到超过 {n} 篇,显示最新的",
    previousPage: "上一页",
    nextPage: "下一页",
    page: "第 {page} / {pages} 页",
  },
  archive: {
    kind: "归档",
    months: "月份",
    /** The heading of a year, month or day archive; {monthName} is one of `monthNames`. */
    yearLabel: "{year}年",
    monthLabel: "{year}年{monthName}",
    dayLabel: "{year}年{monthName}{day}日",
    monthNames: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    title: "{label}的文章",
    description: "{siteName} {label}发表的全部文章",
    empty: "这段时间没有文章。",
  },
  actions: actionsZhCN,
  services: servicesZhCN,
  validation: validationZhCN,
  feeds: feedsZhCN,
  bodies: bodiesZhCN,
  words: wordsZhCN,
  api: apiZhCN,
  webhooks: webhooksZhCN,
  jobs: jobsZhCN,
  retraction: {
    title: "已撤稿:{title} - {siteName}",
    heading: "本文已撤稿",
    /** Around the retraction time, which the page marks up as <time>. */
    before: "《{title}》已于 ",
    after: " 撤稿。",
    note: "撤稿说明:{note}",
  },
  topics: topicsZhCN,
  views: viewsZhCN,
  auth: authZhCN,
  review: reviewZhCN,
  account: accountZhCN,
  previewLinks: previewLinksZhCN,
  errorPage: errorPageZhCN,
  admin: {
    ...adminZhCN,
    title: "管理后台",
    titleTemplate: "%s - 管理后台",
    nav: {
      landmark: "管理后台",
      dashboard: "工作台",
      articles: "文章",
      newArticle: "写新文章",
      media: "图片库",
      import: "导入",
      people: "人员",
      sections: "栏目",
      tags: "标签",
      topics: "专题",
      trash: "回收站",
      users: "账号",
      roles: "署名角色",
      audit: "审计日志",
      settings: "设置",
      words: wordsZhCN.nav,
      apiKeys: apiZhCN.screen.nav,
      review: reviewZhCN.nav,
      webhooks: webhooksZhCN.nav,
      jobs: jobsZhCN.nav,
      viewOnSite: "在网站上查看",
      currentUser: "当前用户:",
      account: "我的账号",
    },
    fixErrors: "请修改标出的错误后再提交,你填写的内容都还在。",
    settings: {
      title: "设置",
      heading: "网站设置",
      save: "保存设置",
      saved: "设置已保存",
      language: "界面语言",
      languageHint: "网站与管理后台的界面语言",
      contentLanguage: "内容语言",
      contentLanguageHint: "读者所读文章的语言:网页的 lang、结构化数据的 inLanguage 和订阅源的语言都取自这里",
      contentLanguages: { "zh-CN": "简体中文", "zh-TW": "繁體中文", en: "English" },
      bylineStyle: "署名样式",
      bylineZh: "中文:【中华工商时报记者 陈明 通讯员 苏显中】……(编辑 张晖)",
      bylineEn: "English: By 陈明 (中华工商时报); … Edited by 张晖",
      security: "登录安全",
      requireTwoFactor: "要求管理员和编辑启用两步验证",
      requireTwoFactorHint: "开启后,尚未设置两步验证的管理员和编辑登录后会先被带到设置页面。",
    },
  },
};

export type Messages = typeof zhCN;
