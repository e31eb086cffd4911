// Where a file stops being UTF-8, and whether it holds UTF-8 characters at all: for the warning that it was read
// as Windows-1252 instead, or as UTF-8 damaged in places (CSV and XML alike).

/**
 * The length (2 to 4) of the well-formed UTF-8 character whose lead byte is at `i` (C2 to F4, then the right
 * number of continuation bytes, 80 to BF), or 0 when there is none there.
 */
function characterAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0xc2 || b > 0xf4) return 0;
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
  for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}

/** The line of the first byte that does not begin or continue a UTF-8 character. */
export function lineOfFirstNonUtf8(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line += 1;
    if (b < 0x80) continue;
    const length = characterAt(bytes, i);
    if (length === 0) return line;
    i += length - 1;
  }
  return line;
}

/**
 * Whether the bytes hold a character UTF-8 writes in two or more bytes (é as C3 A9). Windows-1252 text hardly
 * ever does: its accented letters are single bytes, and a lead byte followed by the right continuations would
 * be a pair such as "Ã©".
 */
export function hasUtf8Character(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if ((bytes[i] ?? 0) >= 0xc2 && characterAt(bytes, i) > 0) return true;
  return false;
}
