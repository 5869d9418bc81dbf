// Plain module (no "use client") so server components can import the default labels as data: an object
// exported from a client module reaches server code only as an opaque client reference.

export type RichEditorLabels = {
  /** Accessible name of the editable area. */
  body: string;
  toolbar: string;
  heading2: string;
  heading3: string;
  bold: string;
  italic: string;
  link: string;
  bulletList: string;
  orderedList: string;
  blockquote: string;
  horizontalRule: string;
  image: string;
  undo: string;
  redo: string;
  linkUrl: string;
  linkApply: string;
  linkRemove: string;
  imageUrl: string;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
  imageInsert: string;
  imageUpdate: string;
  /** Opens the media library (search, pick, upload) inside the image panel. */
  imageLibrary: string;
  imageFromLibrary: string;
  cancel: string;
  invalidLink: string;
  invalidImage: string;
  wordCount: string;
  loading: string;
};

export const defaultRichEditorLabels: RichEditorLabels = {
  body: "正文",
  toolbar: "正文格式",
  heading2: "小标题 H2",
  heading3: "小标题 H3",
  bold: "粗体",
  italic: "斜体",
  link: "链接",
  bulletList: "无序列表",
  orderedList: "有序列表",
  blockquote: "引用",
  horizontalRule: "分隔线",
  image: "图片",
  undo: "撤销",
  redo: "重做",
  linkUrl: "链接地址",
  linkApply: "确定",
  linkRemove: "移除链接",
  imageUrl: "图片地址",
  imageAlt: "替代文字（供读屏软件朗读）",
  imageCaption: "图片说明",
  imageCredit: "摄影",
  imageInsert: "插入图片",
  imageUpdate: "更新图片",
  imageLibrary: "从图片库选择或上传",
  imageFromLibrary: "来自图片库",
  cancel: "取消",
  invalidLink: "链接须以 http://、https://、mailto: 或 / 开头",
  invalidImage: "图片地址须以 http://、https:// 或 / 开头",
  wordCount: "字数",
  loading: "正在载入编辑器…",
};
