// The editor's strings come from lib/i18n/messages (admin.ui.richEditor, with the richer elements' own
// from bodies-*.ts); this is their shape.
import type { bodiesZhCN } from "@/lib/i18n/messages/bodies-zh-CN";

export type BodyEditorLabels = typeof bodiesZhCN.editor;

export type RichEditorLabels = BodyEditorLabels & {
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
  /** A figure's credit line in the editor ({credit}). */
  photoCredit: string;
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
  /** Names an image that has no file name: "{id}" is replaced by its id. */
  imageName: string;
};
