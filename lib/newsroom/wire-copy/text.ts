// Character classes shared by the wire-copy readers.

/** Indentation and trailing space (ASCII, no-break and full-width) are layout, not content. */
export const clean = (line: string) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");

/** Sentence punctuation never appears inside a byline; its presence means the text is prose. */
export const SENTENCE_PUNCTUATION = /[。！？!?]/;

/** Separators between names and after role words: 记者：张三、李四 / 文｜王五. */
export const NAME_SEPARATOR_CHARS = String.raw`\s\u3000、，,;；/／｜|丨:：`;
export const LEADING_SEPARATORS = new RegExp(`^[${NAME_SEPARATOR_CHARS}]+`);
export const TRAILING_SEPARATORS = new RegExp(`[${NAME_SEPARATOR_CHARS}]+$`);
