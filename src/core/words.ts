// Lists in words, as messages and pages say them: shared by every stage that writes English.

/** "a", "a and b", "a, b and c"; "" for none. */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
