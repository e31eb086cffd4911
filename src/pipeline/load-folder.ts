// Reads and checks a data folder: files in, records out, with every issue found on the way.
// Each file is read, parsed and typed before the next is opened, so memory holds one file's bytes at a time
// (a plain CSV's text only a piece at a time: ingest/read-csv.ts streamCsvBytes).
import { dropIssuesWhere, hasErrors, sortIssues, type Issue } from '../checks/issue.ts';
import type { IssueId } from '../checks/messages.ts';
import { runChecks } from '../checks/run-checks.ts';
import { countSsdChildren, ssdChildIssues, ssdEchoes, type SsdChildCounts } from '../checks/ssd-children.ts';
import type { LaConfig } from '../config/la-config.ts';
import type { Day } from '../core/civil-date.ts';
import { createIngest, type TableRead } from '../ingest/ingest.ts';
import type { ReadResult } from '../ingest/raw-table.ts';
import type { Shard } from '../ingest/shard.ts';
import type { CountedNote } from '../ingest/type-table.ts';
import { streamCsvBytes } from '../ingest/read-csv.ts';
import { readDataFile, readDataFolder } from '../ingest/read-folder.ts';
import { readXlsx } from '../ingest/read-xlsx.ts';
import { readXmlBytes } from '../ingest/read-xml.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';

/** Whether any SSD table was read (with rows). */
export function suppliesSsd(supplied: readonly string[]): boolean {
  return supplied.some((t) => t.startsWith('ssd.'));
}

/** A folder after reading and checking. `ok` is false when an error blocks using the data. */
export interface LoadedFolder {
  ok: boolean;
  data: Ssda903Data;
  ssd: SsdData;
  /** Tables whose files were read, even with no rows. */
  supplied: SuppliedTable[];
  config: LaConfig | null;
  issues: Issue[];
  tables: TableRead[];
  /** Bytes of data files read. */
  bytes: number;
  /**
   * Read with a shard: the issues apart, those about the folder and files (every share finds them alike) and
   * those about this share's children, and the counted notes not yet made issues (merge-shards.ts puts the
   * shares together); null otherwise (`issues` has everything).
   */
  share: { commonIssues: Issue[]; childIssues: Issue[]; countedNotes: CountedNote[] } | null;
  /**
   * The SSD tables' children counted against the 903's (checks/ssd-children.ts; a share's own children's), once
   * the 903 could be checked, else null. In a whole read `issues` has their findings; a share's are made once
   * the shares' counts are added up (merge-shards.ts).
   */
  ssdChildren: SsdChildCounts | null;
}

/**
 * Findings about the folder with which the checks across tables are not run: every child's records would look
 * wrong, and each finding would only echo the one fault (a table, a return or a year missing or unreadable, a
 * return's dates a year out or written month first, its children's ids not those of the year before:
 * ingest/return-children.ts).
 */
const STOPS_CHECKS: ReadonlySet<IssueId> = new Set<IssueId>([
  'folder-not-found', 'required-table-missing', 'return-table-missing', 'return-unreadable', 'return-year-missing', 'return-dates-after-folder-year',
  'episodes-dates-month-first', 'return-children-do-not-follow', 'return-ids-lost-leading-zeros',
]);

/** Options for loading: progress as files are read (for a terminal progress bar), and each file's bytes as read. */
export interface LoadOptions {
  onFile?: (done: number, total: number, name: string) => void;
  /**
   * Given each data file's bytes once nothing more needs them (a CSV's once decoded, another file's once read
   * into tables), to keep or take (store/source-files.ts). `sha256` is for callers that pass it on: a share's
   * thread posts the hash it worked out with the bytes (shard-worker.ts); loadFiles gives none.
   */
  onBytes?: (name: string, bytes: Buffer, sha256?: string) => void;
  /** Read and check only this share of the children (sharded-check.ts puts the shares together). */
  shard?: Shard;
  /** The day the files were extracted (today for a folder read now): see ingest.ts IngestOptions. */
  extractDate?: Day | null;
}

/** Data files to load, from a folder on disk or a stored snapshot: names in order, read one at a time. */
export interface DataFiles {
  names: readonly string[];
  bytes: number;
  config: LaConfig | null;
  /** Problems found finding the files (a missing folder, no data files, an invalid la-config.json). */
  issues: readonly Issue[];
  read(name: string): Buffer;
}

/** Reads one file with the reader its extension calls for. */
export async function readAnyFile(name: string, bytes: Buffer): Promise<ReadResult> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(name, bytes);
  // XML is decoded as its byte-order mark or declaration says, a piece at a time (read-xml.ts readXmlBytes).
  if (lower.endsWith('.xml')) return readXmlBytes(name, bytes);
  // Decoded as UTF-8, or Windows-1252 with a warning, as a .csv file is (read-csv.ts streamCsvBytes).
  return streamCsvBytes(name, bytes, () => null);
}

/**
 * Reads a folder and runs every data-quality check, so one run lists every problem. The record checks run
 * over the rows that read cleanly whenever the folder has Header and Episodes tables (an unreadable other
 * file, such as a blank UASC table, does not hide the problems in the rest).
 */
export async function loadFolder(dir: string, options: LoadOptions = {}): Promise<LoadedFolder> {
  const folder = readDataFolder(dir);
  return loadFiles({ ...folder, read: (name) => readDataFile(dir, name) }, options);
}

/** Reads and checks data files from any source, as `loadFolder` does a folder's. */
export async function loadFiles(folder: DataFiles, options: LoadOptions = {}): Promise<LoadedFolder> {
  const ingest = createIngest({ shard: options.shard, extractDate: options.extractDate });
  let done = 0;
  for (const name of folder.names) {
    const bytes = folder.read(name);
    if (name.toLowerCase().endsWith('.csv')) {
      // Parsed from the bytes a piece at a time (read-csv.ts streamCsvBytes), and handed on once decoded (the
      // import moves them to another thread): a whole-text parse then holds the text alone.
      ingest.addCsvBytes(name, bytes, () => options.onBytes?.(name, bytes));
    } else {
      const read = await readAnyFile(name, bytes);
      // Only now, as whoever keeps the bytes may take them away.
      options.onBytes?.(name, bytes);
      ingest.addIssues(read.issues);
      if (read.unreadableReturn === true) ingest.addUnreadableReturn(name);
      for (const t of read.tables) ingest.add(t);
    }
    done += 1;
    options.onFile?.(done, folder.names.length, name);
  }
  const result = ingest.finish();
  // About the folder and its files (every share finds these alike), then what the children's rows show.
  const common = [...folder.issues, ...result.issues];
  const checkable = !common.some((i) => STOPS_CHECKS.has(i.id));
  const checked = checkable ? runChecks({ data: result.data, ssd: result.ssd, headings: result.headings, rejectedChildren: result.rejectedChildren }) : [];
  // Whether the SSD's children are the 903's (checks/ssd-children.ts), once the 903 itself can be checked. A
  // share's counts are of its own children: merge-shards.ts adds them up and makes the findings from the sum.
  // Not counted without SSD tables (the supplied tables are every share's alike): a 903 folder's Header alone
  // cost about 2% of its validation.
  const ssdChildren = checkable && suppliesSsd(result.supplied) ? countSsdChildren(result.data, result.ssd) : null;
  if (ssdChildren && !result.share) {
    for (const i of ssdChildIssues(ssdChildren)) common.push(i);
    const echo = ssdEchoes(ssdChildren);
    dropIssuesWhere(checked, echo);
  }
  const perChild = [...(result.share?.rowIssues ?? []), ...checked];
  const sorted = sortIssues([...common, ...perChild]);
  const share = result.share ? { commonIssues: common, childIssues: perChild, countedNotes: result.share.countedNotes } : null;
  return { ok: !hasErrors(sorted), data: result.data, ssd: result.ssd, supplied: result.supplied, config: folder.config, issues: sorted, tables: result.tables, bytes: folder.bytes, share, ssdChildren };
}
