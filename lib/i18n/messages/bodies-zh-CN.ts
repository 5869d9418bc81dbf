// Strings of the richer body elements (tables, video embeds, pull quotes, fact boxes), Simplified
// Chinese: what the renderer adds on public pages and feeds (`render`), the
// editor's toolbar and panels (`editor`, plain strings with {placeholders} for fill(), they reach the
// browser), and the history's block names (`blocks`). Merged into the zh-CN messages.
import type { BodyRenderLabels } from "@/lib/newsroom/body/html";

const providers = { bilibili: "bilibili", qq: "腾讯视频", youku: "优酷", youtube: "YouTube" };

export const bodiesZhCN = {
  render: {
    providers,
    videoLoad: "点击加载视频（将连接 {provider}）",
    videoWatch: "在 {provider} 观看视频",
    videoTitle: "{provider} 视频",
    videoFeed: "视频:{caption}({provider})",
    videoFeedUntitled: "视频({provider})",
    pullQuoteCite: "——{cite}",
  } satisfies BodyRenderLabels,
  editor: {
    videoProviders: providers,
    table: "插入表格",
    tableAddRow: "在下方加一行",
    tableAddColumn: "在右侧加一列",
    tableDeleteRow: "删除所在行",
    tableDeleteColumn: "删除所在列",
    tableHeaderRow: "首行作表头",
    tableDelete: "删除表格",
    tableTools: "表格",
    video: "视频",
    videoInput: "视频地址或嵌入代码(bilibili、腾讯视频、优酷、YouTube)",
    videoCaption: "视频说明(可选)",
    videoInsert: "插入视频",
    videoUpdate: "更新视频",
    videoRecognised: "已识别:{provider} {id}",
    /** The editor's stand-in for a video: "{provider}" and "{id}" are filled in. */
    videoPlaceholder: "▶ 视频({provider} {id})",
    videoErrors: {
      empty: "请粘贴视频页面的地址或嵌入代码",
      notAddress: "无法识别:请粘贴视频页面的地址(https://…)或播放器的嵌入代码",
      notEmbed: "嵌入代码只能是一个 <iframe>,不能含其他 HTML",
      notAllowed: "只能嵌入 bilibili、腾讯视频、优酷和 YouTube 的视频",
      shortLink: "短链接无法识别,请在浏览器中打开后粘贴完整地址",
      noVideo: "这个地址里没有视频编号,请打开具体的视频再复制地址",
    },
    pullQuote: "醒目引语",
    pullQuoteCite: "引语出处(可选)",
    pullQuoteApply: "设为醒目引语",
    pullQuoteUpdate: "更新出处",
    factBox: "资料框",
    factBoxLabel: "标签",
    factBoxLabelHint: "如“资料”“背景”",
    factBoxTitle: "标题(可选)",
    factBoxApply: "插入资料框",
    factBoxUpdate: "更新资料框",
    factBoxDefaultLabel: "资料",
    factBoxLabels: "资料,背景,链接,相关新闻",
    factBoxLabelRequired: "请填写资料框的标签",
  },
  blocks: { table: "表格", video: "视频", pullQuote: "醒目引语", factBox: "资料框" },
};
