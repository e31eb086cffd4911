// Text from a council's files made fit to show a person: characters that act rather than show are written as
// escapes, for every output that quotes a cell, a heading or a file name back to the analyst.

/**
 * Characters that do something instead of showing: control characters (C0, DEL and C1: ESC starts the
 * terminal sequences that clear a screen or rewrite a line, and a C1 CSI does the same in some terminals),
 * the bidirectional embeddings, overrides and isolates that reorder what follows them (U+202A–U+202E,
 * U+2066–U+2069), the line and paragraph separators (a line of a report stays one line), and what XML cannot
 * hold at all (the noncharacters U+FFFE and U+FFFF, and a lone surrogate, which UTF-8 cannot hold either),
 * so an .xlsx workbook quoting one stays a file Excel opens without "repairing" it.
 */
const ACTING = /[\p{Cc}\u2028-\u202e\u2066-\u2069\ufffe\uffff\p{Cs}]/u;
const EVERY_ACTING = new RegExp(ACTING.source, 'gu');

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * `text` with each such character written as an escape an analyst can read and look for in the file: `\t`,
 * `\n`, `\r`, `\x1b` (up to U+00FF) or `\u202e`. Everything else, including every letter of every script, is
 * left as it is, so ordinary text (and a Windows path's backslashes) comes back unchanged; a backslash is not
 * itself escaped, so a cell that holds the four characters `\x1b` looks the same as one holding ESC, which is
 * the lesser harm. Returns `text` itself when there is nothing to escape, as there almost never is.
 */
export function visibleText(text: string): string {
  if (!ACTING.test(text)) return text;
  return text.replace(EVERY_ACTING, (c) => NAMED[c] ?? escapeOf(c.charCodeAt(0)));
}

function escapeOf(code: number): string {
  const hex = code.toString(16);
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * The acting characters JSON.stringify leaves as they are: it escapes C0 controls (ESC is \u001b) and lone
 * surrogates itself, so its output is valid JSON for any text, but DEL, the C1 controls, the bidirectional
 * controls, the line separators and U+FFFE and U+FFFF go through raw. Each can stand only inside a string.
 */
const ACTING_IN_JSON = /[\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/gu;

/**
 * `value` as JSON (indented by two spaces) with those characters written as JSON's own \u escapes: the same
 * JSON to every program that reads it, character for character, but one that cannot reorder or rewrite
 * the terminal it is printed to.
 */
export function visibleJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(ACTING_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
