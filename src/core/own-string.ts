// Copies of strings that must not keep a file's text alive.

/**
 * A copy of `v` that does not keep the string it was cut from alive. A parser gives each cell and heading as
 * a slice of the file's text, and V8 makes a slice of 13 or more characters a view onto the original: one
 * such string kept for long (in a record, a file's headings, an issue) keeps the entire file (tens of
 * megabytes at national scale) in memory. Concatenating then slicing forces a copy of just the slice.
 */
export function ownString(v: string): string {
  return v.length < 13 ? v : ` ${v}`.slice(1);
}
