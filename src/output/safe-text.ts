/**
 * Characters that must not reach a terminal as they are: C0 controls (but tab and newline), DEL,
 * C1 controls (ESC and CSI start colour and cursor sequences), a carriage return that is not part of
 * a line break (it rewrites the line) and the bidirectional formatting characters (U+202E turns
 * the rest of a line around: "Trojan Source").
 */
const UNSAFE = /\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Article text for human-facing output (text readouts, tables, stories): every unsafe character
 * becomes a visible escape ("\u{1B}"), so a text cannot recolour the screen, move the cursor or
 * reorder what is printed around it. JSON and CSV keep every character as it is.
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}
