// Sign-in, own account, two-factor and session strings, Simplified Chinese; merged into the zh-CN
// messages as `auth` and `account`. Strings handed to client components are templates ({n}) for fill().
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

export const authZhCN = {
  title: "登录",
  signInTitle: "登录 Masthead",
  email: "邮箱",
  password: "密码",
  signIn: "登录",
  signingIn: "正在登录…",
  signOut: "退出登录",
  wrongCredentials: "邮箱或密码不正确",
  code: "验证码",
  codeHint: "打开身份验证器应用,输入显示的 6 位数字;手机不在身边时,可以输入一个恢复码。",
  verify: "验证",
  codeInvalid: "验证码不正确",
  challengeExpired: "验证已超时,请重新输入邮箱和密码。",
  startOver: "重新登录",
  throttled: "尝试次数过多,请在 {minutes} 分钟后再试。",
  signInFailed: "登录失败,请重试。",
};

export const accountZhCN = {
  title: "我的账号",
  backToAdmin: "返回管理后台",
  landmark: "我的账号",
  passwordLink: "修改密码",
  twoFactorLink: "两步验证",
  sessionsLink: "登录设备",
  password: {
    title: "修改密码",
    forced: "请先设置你自己的密码,然后才能使用管理后台。",
    current: "当前密码",
    next: "新密码",
    confirm: "再次输入新密码",
    hint: `至少 ${PASSWORD_MIN_LENGTH} 个字符;太常见的密码不能使用。`,
    email: "你的邮箱",
    emailHint: "首次启动创建的管理员用的是人人都知道的默认邮箱,请换成你自己的邮箱,以后用它登录。",
    save: "保存新密码",
    saved: "密码已修改,其他设备上的登录已全部退出。",
    mismatch: "两次输入的新密码不一致",
    wrongCurrent: "当前密码不正确",
    throttled: "尝试次数过多,请稍后再试。",
    sameEmail: "请换成你自己的邮箱",
    invalidEmail: "请输入有效的邮箱地址",
    emailTaken: "这个邮箱已有账号",
    problems: {
      tooShort: `密码至少要有 ${PASSWORD_MIN_LENGTH} 个字符`,
      tooLong: "密码太长",
      common: "这个密码太常见,很容易被猜中",
      personal: "密码不能包含你的邮箱名或网站名",
    },
  },
  twoFactor: {
    title: "两步验证",
    forced: "本站要求管理员和编辑启用两步验证,请先完成设置,然后才能使用管理后台。",
    on: "两步验证已启用。",
    off: "两步验证未启用。登录时除了密码,还需要手机上身份验证器应用显示的验证码。",
    scan: "用身份验证器应用(Google Authenticator、Microsoft Authenticator、1Password 等)扫描二维码,或手动输入密钥:",
    qrLabel: "两步验证二维码",
    secret: "密钥",
    code: "应用显示的 6 位验证码",
    enable: "启用两步验证",
    enabled: "两步验证已启用,其他设备上的登录已全部退出。",
    codesIntro: "请把这些恢复码保存在安全的地方(只显示这一次)。手机丢失时,每个恢复码可代替验证码登录一次:",
    codesLeft: "剩余恢复码:{n} 个",
    regenerate: "生成新的恢复码",
    regenerated: "已生成新的恢复码,旧的已作废:",
    disable: "停用两步验证",
    disabled: "两步验证已停用",
    required: "本站要求你的角色启用两步验证,不能停用。",
    codeInvalid: "验证码不正确,请输入应用里当前显示的验证码",
    currentPassword: "当前密码",
    continue: "继续",
  },
  sessions: {
    title: "登录设备",
    intro: "这些浏览器正登录着你的账号。不认识的设备,请退出它,并修改密码。",
    device: "设备",
    ip: "IP 地址",
    started: "登录于",
    lastSeen: "最近活动",
    current: "当前设备",
    signOut: "退出",
    signOutEverywhere: "退出所有设备",
    confirmEverywhere: "退出所有设备上的登录,包括这一台?",
    ended: "已退出该设备",
    unknownDevice: "未知设备",
    deviceOn: "{browser},{os}",
  },
  refused: {
    notSignedIn: "登录已失效,请重新登录。",
  },
};

/** Bulk import refusals (lib/import/archive-limits.ts); placeholders filled by lib/import/describe-refusal.ts. */
export const importLimitsZhCN = {
  archiveTooLarge: "{archive} 超过 {mb} MB,未导入。请拆成几个较小的压缩包。",
  tooManyFiles: "{archive} 含 {count} 个稿件文件,超过一次 {max} 个的上限,未导入。",
  entryTooLarge: "{archive} 中的 {entry} 解压后超过 {mb} MB,不像一篇稿件,整个压缩包未导入。",
  compressionRatio: "{archive} 中的 {entry} 压缩比异常(超过 {ratio} 倍),可能是“压缩炸弹”,整个压缩包未导入。",
  totalTooLarge: "{archive} 解压后共超过 {mb} MB,未导入。",
  unreadable: "{archive} 不是可读取的 zip 压缩包,未导入。",
};

/** Preview links: revoking them, and their entries in the audit log. */
export const previewLinksZhCN = {
  revoke: "作废所有预览链接",
  confirmRevoke: "作废这篇文章已发出的所有预览链接?持有链接的人将无法再打开。之后可以生成新的链接。",
  revoked: "已作废这篇文章此前发出的所有预览链接",
  audit: {
    "article.previewLink": "生成预览链接",
    "article.previewRevoke": "作废预览链接",
    "article.previewView": "通过预览链接查看",
  } as Record<string, string>,
};

/** The error pages (app/error.tsx, app/global-error.tsx): shown in both languages, which they cannot look up. */
export const errorPageZhCN = {
  title: "出错了",
  body: "页面暂时无法显示。这不是你的问题,我们已经记录下来。请稍后再试。",
  retry: "重试",
  home: "返回首页",
  reference: "错误编号:{digest}",
};
