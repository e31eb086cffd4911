// Splitting a folder's children into shares, each read on its own thread (pipeline/sharded-check.ts): which
// share a row belongs to, from its child id cell alone.

/**
 * One of `count` shares of the children, for reading a folder on several threads at once (pipeline/sharded-check.ts):
 * each share types and checks only its own children's rows, and the shares together are every row once.
 */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The share a child id cell belongs to, from the cell's text alone: the id exactly as typing reads it (the id
 * converter's trimming and Excel ".0" rule, cell-converters.ts), hashed, so every row of a child in every table and year
 * falls in the same share without typing the cell (which would note its faults twice). A blank id falls in
 * one share, like any other, whose typer then reports it.
 */
export function shardOfCell(text: string, start: number, end: number, count: number): number {
  if (end > start && (text.charCodeAt(start) <= 32 || text.charCodeAt(end - 1) <= 32)) {
    // Rare (spaces round the id): as the converter does it, on a string.
    const v = text.slice(start, end).trim();
    return shardOfId(v, 0, v.length, count);
  }
  return shardOfId(text, start, end, count);
}

/** shardOfCell for an id with nothing round it to trim. */
function shardOfId(text: string, start: number, end: number, count: number): number {
  // "123456.0" (and only that form: digits, a point, one zero) is the id 123456.
  if (end - start >= 3 && text.charCodeAt(end - 1) === 48 && text.charCodeAt(end - 2) === 46) {
    let digitsOnly = true;
    for (let i = start; i < end - 2 && digitsOnly; i += 1) digitsOnly = isDigit(text.charCodeAt(i));
    if (digitsOnly) end -= 2;
  }
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
