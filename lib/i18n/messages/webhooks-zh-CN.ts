// Signed webhooks and the job queue's admin screens, Simplified Chinese; merged into zh-CN.ts as
// `webhooks` and `jobs`, their refusals into services-zh-CN.ts.
export const webhooksZhCN = {
  nav: "Webhook",
  /** The event types as admins choose them (lib/events/types.ts). */
  events: {
    "article.published": "文章发布",
    "article.updated": "已发布文章更新",
    "article.unpublished": "文章下线",
    "article.retracted": "文章撤稿",
    "article.corrected": "文章更正",
    "article.trashed": "文章移入回收站",
    "live.entry_added": "直播新增条目",
  },
  screen: {
    title: "Webhook",
    heading: "Webhook 推送",
    intro:
      "发生所选事件时,向登记的地址发送签名的 JSON(Standard Webhooks 格式)。失败会以指数退避重试约一天;持续失败的地址会被暂停,恢复后补发。",
    empty: "还没有登记的地址。",
    url: "地址",
    description: "说明",
    events: "事件",
    enabled: "启用",
    status: "状态",
    statusEnabled: "启用中",
    statusDisabled: "已停用",
    statusPaused: "已暂停",
    addHeading: "登记新地址",
    add: "登记",
    open: "查看",
    secretShown: "签名密钥(只显示这一次,请妥善保存):",
    back: "← 全部地址",
    editHeading: "设置",
    save: "保存",
    delete: "删除这个地址",
    confirmDelete: "删除这个地址和它的全部推送记录?",
    pausedBecause: "已于 {at} 暂停:自 {since} 起连续 {n} 次推送失败。最后的错误:{reason}",
    resume: "恢复推送",
    deliveries: "推送记录",
    noDeliveries: "还没有推送。",
    delivery: "事件",
    deliveryStatus: "结果",
    attempts: "尝试",
    attemptLine: "{at} · {status} · {ms} 毫秒",
    noAnswer: "无应答",
    deliveryStates: { PENDING: "等待重试", DELIVERED: "已送达", FAILED: "失败", HELD: "暂停中,待恢复" },
  },
  /** How the audit log names these admins' actions (app/(admin)/admin/audit). */
  auditActions: {
    "webhook.create": "登记 Webhook 地址",
    "webhook.update": "修改 Webhook 地址",
    "webhook.delete": "删除 Webhook 地址",
    "webhook.resume": "恢复 Webhook 推送",
    "job.retry": "重试失败的任务",
  } as Record<string, string>,
  actions: {
    created: "已登记",
    updated: "已保存",
    deleted: "已删除",
    resumed: "已恢复,暂停期间的推送将补发",
  },
  validation: {
    urlRequired: "请填写地址",
    urlTooLong: "地址不能超过 {max} 个字符",
    descriptionTooLong: "说明不能超过 {max} 个字符",
    eventsRequired: "至少选择一个事件",
  },
};

export const webhooksServicesZhCN = {
  adminsOnly: "只有管理员可以管理 Webhook",
  urlInvalid: "地址格式不对",
  urlScheme: "只接受 http:// 或 https:// 地址",
  urlCredentials: "地址中不能包含用户名或密码",
  urlPrivate: "这个地址指向内网或本机,未被允许(WEBHOOK_ALLOW_PRIVATE_HOSTS)",
  eventUnknown: "不认识的事件:{event}",
  notPaused: "这个地址没有暂停",
};

export const jobsZhCN = {
  nav: "任务队列",
  screen: {
    title: "任务队列",
    heading: "任务队列",
    intro: "后台任务(Webhook 推送等)保存在数据库中,重启后继续,失败按指数退避重试。这里是每类任务的数量和失败的任务。",
    queues: "各类任务",
    name: "任务",
    waiting: "等待",
    active: "执行中",
    failed: "失败",
    completed: "已完成(近 12 小时)",
    failedHeading: "失败的任务",
    noFailed: "没有失败的任务。",
    attempts: "尝试次数",
    lastError: "最后的错误",
    failedAt: "失败时间",
    retry: "重试",
  },
  actions: { retried: "已重新排队" },
};

export const jobsServicesZhCN = {
  adminsOnly: "只有管理员可以管理任务队列",
  notFailed: "只有失败的任务可以重试",
};
