// Decodes an XML file's bytes as XML says to (XML 1.0, section 4.3.3 and appendix F): by its byte-order mark,
// else by the encoding its declaration names, else as UTF-8; in pieces, so no file is one string however large.
// Case systems on Windows write UTF-16 ("Unicode") and Windows-1252 files; read as UTF-8, the first was not
// XML at all and the second turned each é or £ into U+FFFD silently.
import { isUtf8 } from 'node:buffer';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { lineOfFirstNonUtf8 } from './utf8-lines.ts';

/** Bytes decoded at a time: about 1 MB of text per piece. */
const PIECE = 1 << 20;

/** The decoded pieces, and any note about the decoding; or the issue that it cannot be decoded. */
export type DecodedXml = { pieces: Iterable<string>; issues: Issue[] } | { issue: Issue };

/** Encodings that are UTF-8 for carestats' purposes (ASCII is a subset of it). */
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/** Decodes an XML file's bytes, or says why it cannot. */
export function decodeXml(file: string, bytes: Uint8Array): DecodedXml {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(file, bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return { pieces: piecesOf(bytes.subarray(2), 'utf-16le'), issues: [] };
  if (b0 === 0xfe && b1 === 0xff) return { pieces: piecesOf(bytes.subarray(2), 'utf-16be'), issues: [] };
  // UTF-16 without a mark, known by its first "<?" (XML 1.0 appendix F).
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return { pieces: piecesOf(bytes, 'utf-16le'), issues: [] };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return { pieces: piecesOf(bytes, 'utf-16be'), issues: [] };
  const declared = declaredEncoding(bytes);
  if (declared === null || UTF8_NAMES.has(declared)) return utf8(file, bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    const reason = `its first line says its characters are in the encoding "${declared}", which carestats cannot read`;
    return { issue: makeIssue('file-unreadable', { file, row: 1 }, { reason }) };
  }
  return { pieces: piecesOf(bytes, decoder.encoding), issues: [] };
}

/** UTF-8 (the encoding of an XML file that declares none), or Windows-1252 with a warning when it is not UTF-8. */
function utf8(file: string, bytes: Uint8Array): DecodedXml {
  if (isUtf8(bytes)) return { pieces: piecesOf(bytes, 'utf-8'), issues: [] };
  // Not UTF-8 and saying nothing else: what a Windows system writes by default. Read so, and said where.
  const line = String(lineOfFirstNonUtf8(bytes));
  return { pieces: piecesOf(bytes, 'windows-1252'), issues: [makeIssue('xml-not-utf8', { file, row: Number(line) }, { line })] };
}

/** Decodes bytes a piece at a time (a character cut between pieces is kept for the next). */
function* piecesOf(bytes: Uint8Array, encoding: string): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let at = 0; at < bytes.length; at += PIECE) yield decoder.decode(bytes.subarray(at, at + PIECE), { stream: true });
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** The encoding named in the XML declaration (`<?xml version="1.0" encoding="windows-1252"?>`), lower case, or null. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every encoding that is not UTF-16 (handled before this).
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const m = /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}
