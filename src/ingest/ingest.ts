// Reads a council's tables (from any reader) into typed records: SSDA903 returns, one folder per collection
// year or all in one folder, stacked into one history; SSD tables for monthly detail.
//
// Returns are typed and stacked one folder at a time, so a national extract never holds more than one
// year's raw text at once (see stack-years.ts for the stacking rules).
import { columnLetter, dropIssuesWhere, makeIssue, type Issue } from '../checks/issue.ts';
import type { IssueId } from '../checks/messages.ts';
import { dayFromYmd, formatUk, type Day } from '../core/civil-date.ts';
import { ownString } from '../core/own-string.ts';
import { listInWords } from '../core/words.ts';
import { yearName, type CollectionYear } from './code-lists.ts';
import { TABLES_903, type Table903 } from './fields-903.ts';
import { TABLES_SSD } from './fields-ssd.ts';
import { emptySsd } from './empty.ts';
import { headlessFile } from './headless-file.ts';
import type { RawTable } from './raw-table.ts';
import { startsWithByteOrderMark, streamCsv, streamCsvBytes, type RowSink, type StreamedCsv } from './read-csv.ts';
import type { ReturnInfo, SsdData, Ssda903Data, SuppliedTable } from './records.ts';
import { headingLikeness, LIKENESS_NAMED } from './sheet-headings.ts';
import { isHiddenSheet } from './sheet-label.ts';
import { recogniseSsd, SSD_TABLES, type SsdTableName } from './ssd-tables.ts';
import { closestTable, recogniseTable, similarity, type Ssda903TableName } from './ssda903-tables.ts';
import { collectionYearOf, createDateYearCount, yearFromFolderName, yearOfCounts } from './return-year.ts';
import { compareReturnChildren, createReturnChildren, returnChildrenOf, type ReturnChildren, type ReturnRead } from './return-children.ts';
import { createStack } from './stack-years.ts';
import { createIdPool, createTextPool } from './string-pools.ts';
import type { Shard } from './shard.ts';
import { createRowTyper, typeTable, type RowTyper, type ShareOptions, type Typed } from './type-table.ts';

/** A file's path (relative to the data folder, with / separators) and text. */
export interface TextFile {
  name: string;
  text: string;
}

/** One table found: which file, which table, how many rows, and whether carestats uses it yet. */
export interface TableRead {
  file: string;
  table: Ssda903TableName | SsdTableName;
  rows: number;
  used: boolean;
}

/** What was read: records, issues found while reading, and which file held which table. */
export interface IngestResult {
  data: Ssda903Data;
  ssd: SsdData;
  issues: Issue[];
  tables: TableRead[];
  /** Each file's column headings, so later checks can give a column letter. */
  headings: Map<string, string[]>;
  /** The tables whose files were read into records, even with no rows: measures tell zero from unknown by it. */
  supplied: SuppliedTable[];
  /** Children with a row left out for a problem, so cross-table checks do not blame them twice. */
  rejectedChildren: Set<string>;
  /**
   * With a shard: what was found in this share's own children's rows, kept apart from `issues` (what every
   * share finds alike, about the files) to be merged across the shares (pipeline/merge-shards.ts); else null.
   */
  share: Pick<ShareOptions, 'rowIssues' | 'countedNotes'> | null;
}

/** The tables without which no measure can be computed. */
const REQUIRED: readonly Ssda903TableName[] = ['Header', 'Episodes'];

/** An ingest fed one file or table at a time: `addCsvBytes`, `addCsv` or `add` each as it is read, then `finish`. */
export interface Ingest {
  /** Reads a CSV file's text, typing its rows as they are parsed (a large SSD table never sits in memory as text cells). */
  addCsv(file: string, text: string): void;
  /**
   * Reads a CSV file's bytes as addCsv reads their text, a piece at a time where it can (read-csv.ts
   * streamCsvBytes); `decoded` is called once the bytes are no longer needed.
   */
  addCsvBytes(file: string, bytes: Buffer, decoded?: () => void): void;
  /** Adds a table another reader produced (DfE XML, Excel). */
  add(table: RawTable): void;
  /** Notes a reader's issues (unreadable file, wrong row length) in the same list. */
  addIssues(issues: readonly Issue[]): void;
  /**
   * Notes a file holding a whole return (a DfE XML return) that could not be read at all: its folder's return,
   * unless other files give it its Header and Episodes, is one error (return-unreadable). Stacking then repairs
   * no episode across its year (stack-years.ts rule 5d: no Episodes table of that year), and the checks across
   * tables are not run (pipeline/load-folder.ts): their findings would be only its echo.
   */
  addUnreadableReturn(file: string): void;
  finish(): IngestResult;
}

/** Where an arriving table's rows go: a sink (typed as they come) or, with no sink, the raw table at close. */
interface Opened {
  sink: RowSink | null;
  close(rows: number, raw: RawTable | null): void;
}

/** A 903 table waiting for its return to be complete: typed already (year from the folder name) or raw. */
interface Pending {
  file: string;
  typed: Typed<never> | null;
  raw: RawTable | null;
  /** An Episodes table typed as it arrived: its DECOM and DEC dates counted by collection year (return-year.ts createDateYearCount). */
  dateYears?: ReadonlyMap<CollectionYear, number>;
  /** And how many of its dates were written month first. */
  monthFirst?: number;
  /** An Episodes table typed as it arrived: its children's ids, from every row (return-children.ts). */
  children?: ReturnChildren;
}

const IGNORE: RowSink = { values: () => undefined, ranges: () => undefined };
const DISCARD: Opened = { sink: IGNORE, close: () => undefined };

/** What the CSV reader finds by comparing a file's rows with its first (read-csv.ts): nothing, when that row is no headings. */
const ROW_SHAPE_ISSUES: ReadonlySet<IssueId> = new Set(['row-wrong-length', 'row-repeats-headings', 'headings-end-empty', 'file-rows-affected-differs']);

/** Sends a table's rows, in either form, to its typer. */
function sinkOf(typer: RowTyper<never>): RowSink {
  return { values: (values, row) => { typer.row(values, row); }, ranges: (text, bounds, row) => { typer.rowAt(text, bounds, row); } };
}

/** How an ingest reads: with a shard, only that share of the children's rows (shard.ts Shard). */
export interface IngestOptions {
  shard?: Shard;
  /**
   * The day the files were extracted (today, for a folder read now): a return not named for its year takes
   * it from its dates, and none after this day can be the return's (return-year.ts). Unknown when not given.
   */
  extractDate?: Day | null;
}

/** Starts an ingest. */
export function createIngest(options: IngestOptions = {}): Ingest {
  const issues: Issue[] = [];
  // Reading one share of the children: what its rows show is kept apart (see IngestResult.share).
  const share: ShareOptions | undefined = options.shard && options.shard.count > 1 ? { shard: options.shard, rowIssues: [], countedNotes: [] } : undefined;
  // Stacking's issues are each about one child's rows (a duplicated row, an episode repaired).
  const tables: TableRead[] = [];
  const headings = new Map<string, string[]>();
  // The headings, so stacking's issues about a column can give its letter.
  const stack = createStack(share ? share.rowIssues : issues, headings);
  const rejectedChildren = new Set<string>();
  const ssd = emptySsd();
  const ssdSeen = new Map<SsdTableName, string>();
  // CSV files whose first row is data, not headings (headless-file.ts).
  const headlessFiles = new Set<string>();
  const returns: ReturnInfo[] = [];
  const seen903 = new Set<Ssda903TableName>();
  // One string per child id for the whole import (see TypingOptions.ids).
  const ids = createIdPool();
  // And one string per repeated text value (a UPN, a postcode, a CLA id in several tables).
  const texts = createTextPool();
  // Each Excel workbook's sheets: whether any was recognised, and the issues about those not (reported at the
  // end: a sheet not recognised beside a recognised one is a cover or notes sheet, and only warned of).
  const workbooks = new Map<string, { recognised: boolean; notRecognised: { file: string; row: number; detail: string; near: boolean }[] }>();
  const workbookOf = (raw: { file: string; format: RawTable['format'] } | null) => {
    if (raw?.format !== 'xlsx') return null;
    const name = workbookName(raw.file);
    let book = workbooks.get(name);
    if (!book) workbooks.set(name, (book = { recognised: false, notRecognised: [] }));
    return book;
  };
  // The return (folder) being gathered, and its tables.
  let folder: string | null = null;
  let pending = new Map<Ssda903TableName, Pending[]>();
  // The files of the returns whose dates run past the year their folder names (return-dates-after-folder-year):
  // their rows' codes were checked against the wrong year, so those findings are dropped as its echo.
  const misdated = new Set<string>();
  // The returns missing a table every return has, reported at the end if another return has it.
  const lacking: { folder: string; table: Ssda903TableName }[] = [];
  // The files of the return being gathered that could not be read, and whether any return was unreadable.
  let unreadableFiles: string[] = [];
  let unreadableReturn = false;
  // The years of the unreadable returns, from their folders' names (null: a folder not named for its year), so
  // that a year missing elsewhere between the returns is still reported (return-year-missing).
  const unreadableYears: (CollectionYear | null)[] = [];
  // Each return's children, to tell whether one year's are the next's (return-children.ts).
  const returnChildren: ReturnRead[] = [];

  const flush = () => {
    if (folder === null) return;
    const where = folder === '' ? 'the data folder' : folder;
    if (unreadableFiles.length > 0 && !REQUIRED.some((name) => pending.has(name))) {
      // A year's XML return cut off part way, say: before, the years either side were stacked across the gap, and
      // every child in care over it came out as an episode left open or closed by a later return (112 warnings
      // and errors for one truncated file in an analyst's test). Its year is not among the returns read, so
      // stacking repairs nothing across it (rule 5d).
      issues.push(makeIssue('return-unreadable', {}, { folder: where, files: unreadableFiles.join(', ') }));
      unreadableReturn = true;
      unreadableYears.push(yearFromFolderName(folder));
      unreadableFiles = [];
      if (pending.size === 0) {
        folder = null;
        return;
      }
    }
    unreadableFiles = [];
    const repeated = [...pending].filter(([, list]) => list.length > 1).map(([name, list]) => ({ table: name, files: list.map((t) => t.file).join(', ') }));
    const severalReturns = REQUIRED.every((name) => (pending.get(name)?.length ?? 0) > 1);
    if (severalReturns) {
      // Header and Episodes each more than once: several years' returns in one folder, said once, not per table.
      issues.push(makeIssue('returns-in-one-folder', {}, { folder: where, tables: repeated.map((r) => `${r.table}: ${r.files}`).join('; ') }));
    } else {
      for (const r of repeated) issues.push(makeIssue('table-repeated', {}, r));
    }
    // A return with one of the tables every return has but not the other (a file not read: separated by
    // semicolons, UTF-16): say so of the return, for the checks across tables are not run
    // (pipeline/load-folder.ts), their findings being only its echo. A folder of other 903 tables alone (extra
    // tables beside the returns) is no return; with none in any folder, required-table-missing says so once.
    if (REQUIRED.some((name) => pending.has(name))) for (const name of REQUIRED) if (!pending.has(name)) lacking.push({ folder: where, table: name });
    const episodes = pending.get('Episodes')?.[0];
    const { year, yearFrom, setAside } = collectionYearOf(folder, episodes?.raw ?? undefined, options.extractDate ?? null);
    for (const d of setAside) {
      const why = d.why === 'after-extract' && options.extractDate != null
        ? `after the extract date, ${formatUk(options.extractDate)} (today’s date when a folder is checked; the import’s --extract-date when it is stored)`
        : 'later than all but a few of the return’s dates';
      issues.push(makeIssue('return-year-date-set-aside', { file: episodes?.file, row: d.row, column: d.column, columnIndex: d.columnIndex, value: d.value }, { folder: where, year: yearName(year), why }));
    }
    // Episodes dates written month first (as Excel in a US setting saves them): each such cell is an error of its
    // own (date-month-first), but those with a day of 12 or less were read as other days, so the return's history
    // is not to be trusted: one error of the file stops the checks across tables (pipeline/load-folder.ts), and
    // its years are not weighed against the folder's name. Counted from every row, so every share finds it alike.
    const monthFirst = episodes?.monthFirst ?? (episodes?.raw ? monthFirstIn(episodes.raw) : 0);
    if (episodes && monthFirst > 0) issues.push(makeIssue('episodes-dates-month-first', { file: episodes.file }, { count: monthFirst.toLocaleString('en-GB') }));
    // Nor with several returns in the folder: the first file's year says nothing of the folder's (its echo).
    if (yearFrom === 'folder-name' && episodes?.dateYears && monthFirst === 0 && !severalReturns) {
      const disagrees = namedYearDisagrees(where, year, episodes.dateYears);
      if (disagrees?.severity === 'error') {
        for (const list of pending.values()) for (const p of list) misdated.add(p.file);
        // Its year is not what its folder says: its children are not compared with the neighbouring years'.
        episodes.children = undefined;
      }
      if (disagrees) issues.push(makeIssue(disagrees.id, { file: episodes.file }, disagrees.params));
    }
    // A resubmission beside the original: which is newer cannot be told from the files (nor from the order
    // they are read in), and stacking would take records from both.
    const sameYear = year === 0 ? undefined : returns.find((r) => r.year === year);
    if (sameYear) issues.push(makeIssue('return-year-repeated', {}, { year: yearName(year), folders: `${sameYear.folder} and ${folder}` }));
    returns.push({ folder, year, yearFrom });
    const children = episodes?.children ?? (episodes?.raw ? returnChildrenOf(episodes.raw.headings, episodes.raw.rows) : undefined);
    if (children) returnChildren.push({ folder: where, year, children });
    for (const [name, list] of pending) {
      const first = list[0];
      if (!first) continue;
      const spec: Table903<never> = TABLES_903[name];
      if (spec.firstYear !== undefined && year !== 0 && year < spec.firstYear) {
        issues.push(makeIssue('table-not-in-year', { file: first.file }, { table: name, from: yearName(spec.firstYear), year: yearName(year) }));
      }
      const typed = first.typed ?? (first.raw ? typeTable<never>(first.raw, spec.fields, { year: year === 0 ? null : year, dateStyle: 'uk', ids, texts, share }, issues) : null);
      if (!typed) continue;
      for (const c of typed.rejected) rejectedChildren.add(c);
      stack.add(spec, typed.records, year);
    }
    folder = null;
    pending = new Map();
  };

  // Parses one CSV file (`parse` is streamCsv or streamCsvBytes), opening its table once its headings are known.
  const readCsvInto = (file: string, parse: (sinkFor: (heads: string[]) => RowSink | null) => StreamedCsv, bom: boolean) => {
    let opened: Opened | null = null;
    const read = parse((heads) => {
      opened = open(file, heads, bom);
      return opened.sink;
    });
    for (const i of read.issues) if (!headlessFiles.has(file) || !ROW_SHAPE_ISSUES.has(i.id)) issues.push(i);
    // Read through a function: the parser's callback set it, which the type checker cannot see.
    const got = (): Opened | null => opened;
    got()?.close(read.rowCount, read.tables[0] ?? null);
  };

  const noteTable = (file: string, table: TableRead['table'], rows: number, used: boolean) => {
    tables.push({ file, table, rows, used });
    if (rows === 0) issues.push(makeIssue('table-has-no-rows', { file }, { table }));
  };

  // A table is arriving with these headings: recognise it and decide where its rows go.
  const open = (file: string, heads: string[], bom: boolean, format: RawTable['format'] = 'csv', headingRow = 1): Opened => {
    const book = workbookOf({ file, format });
    // Copied: an upper-case heading such as REASON_PLACE_CHANGE is the parser's slice of the file's text, and
    // kept here it kept every 903 file's whole text alive (about 230 MB nationally).
    headings.set(file, heads.map((h) => ownString(h.trim().toUpperCase())));
    if (format === 'csv') {
      const separator = otherSeparator(heads);
      if (separator) {
        issues.push(makeIssue('file-not-comma-separated', { file, row: 1 }, { separator }));
        return DISCARD;
      }
      const headless = headlessFile(heads);
      if (headless) {
        // One finding: the file's rows measured against its first (wrong length) would be its echo.
        headlessFiles.add(file);
        const sample = heads.filter((h) => h.trim() !== '').slice(0, 3).map((h) => `"${h.trim()}"`).join(', ');
        issues.push(makeIssue('file-headings-missing', { file, row: 1 }, { sample, table: headless.table ?? '' }));
        return DISCARD;
      }
    }
    // A heading written twice: read from its first column, as every issue's column letter says (an error all the same).
    for (const { heading, first, again } of repeatedHeadings(heads)) {
      issues.push(makeIssue('heading-repeated', { file, row: headingRow, column: heading, columnIndex: again }, { first: columnLetter(first), again: columnLetter(again) }));
    }
    const ssdName = recogniseSsd(heads);
    if (book && (ssdName || recogniseTable(heads).kind !== 'unrecognised')) book.recognised = true;
    if (ssdName) {
      const spec = TABLES_SSD[ssdName];
      const earlier = ssdSeen.get(ssdName);
      if (earlier !== undefined) {
        issues.push(makeIssue('ssd-table-repeated', {}, { table: ssdName, files: `${earlier} and ${file}`, hidden: listInWords([earlier, file].filter(isHiddenSheet)) }));
        return { sink: IGNORE, close: (rows) => { tables.push({ file, table: ssdName, rows, used: false }); } };
      }
      ssdSeen.set(ssdName, file);
      const typer = spec ? createRowTyper<never>(file, heads, spec.fields, { year: null, dateStyle: 'iso', ids, texts, share }, issues) : null;
      return {
        sink: typer ? sinkOf(typer) : IGNORE,
        close: (rows) => {
          noteTable(file, ssdName, rows, spec !== undefined);
          if (!typer || !spec) return;
          const into = ssd[spec.key] as unknown[];
          for (const r of typer.finish(bom).records) into.push(r);
        },
      };
    }
    const recognised = recogniseTable(heads);
    if (recognised.kind === 'unrecognised') {
      const detail = describeMismatch(recognised, heads);
      // A sheet whose headings look like a known table's (LIKENESS_NAMED) is that table with a heading wrong.
      if (book) book.notRecognised.push({ file, row: headingRow, detail, near: headingLikeness(heads) >= LIKENESS_NAMED });
      else issues.push(makeIssue('table-not-recognised', { file, row: 1 }, { detail }));
      return DISCARD;
    }
    const name = recognised.table.name;
    seen903.add(name);
    const dir = folderOf(file);
    if (dir !== folder) {
      flush();
      folder = dir;
    }
    const queue = (p: Pending) => {
      const list = pending.get(name);
      if (list) list.push(p);
      else pending.set(name, [p]);
    };
    const year = yearFromFolderName(dir);
    if (year !== null) {
      // The return's year is known from its folder: type the rows as they arrive.
      const typer = createRowTyper<never>(file, heads, TABLES_903[name].fields, { year, dateStyle: 'uk', ids, texts, share }, issues);
      const typing = sinkOf(typer);
      // Whether the dates agree with the folder's name (flush): counted from every row, before the share's are picked.
      // And its children's ids (return-children.ts), alike.
      const dates = name === 'Episodes' ? createDateYearCount(heads) : null;
      const children = name === 'Episodes' ? createReturnChildren(heads) : null;
      return {
        sink: dates === null || children === null ? typing : {
          values: (values, row) => { dates.values(values); children.values(values); typing.values(values, row); },
          ranges: (text, bounds, row) => { dates.ranges(text, bounds); children.ranges(text, bounds); typing.ranges(text, bounds, row); },
        },
        close: (rows) => {
          noteTable(file, name, rows, true);
          queue({ file, typed: typer.finish(bom), raw: null, ...(dates && children ? { dateYears: dates.counts, monthFirst: dates.monthFirst, children: children.finish() } : {}) });
        },
      };
    }
    // Otherwise the year comes from the return's latest date, so the rows wait, raw, until the return is complete.
    return {
      sink: null,
      close: (rows, raw) => {
        noteTable(file, name, rows, true);
        queue({ file, typed: null, raw });
      },
    };
  };

  return {
    addIssues(more) {
      for (const i of more) issues.push(i);
    },
    addUnreadableReturn(file) {
      const dir = folderOf(file);
      if (dir !== folder) {
        flush();
        folder = dir;
      }
      unreadableFiles.push(file);
    },
    addCsv(file, text) {
      readCsvInto(file, (sinkFor) => streamCsv(file, text, sinkFor), text.charCodeAt(0) === 0xfeff);
    },
    addCsvBytes(file, bytes, decoded) {
      readCsvInto(file, (sinkFor) => streamCsvBytes(file, bytes, sinkFor, { decoded }), startsWithByteOrderMark(bytes));
    },
    add(raw) {
      const opened = open(raw.file, raw.headings, raw.bom === true, raw.format, raw.headingRow);
      // One at a time: push(...rowIssues) overflows the stack past about 125,000 issues.
      if (opened !== DISCARD) for (const issue of raw.rowIssues ?? []) issues.push(issue);
      const sink = opened.sink;
      if (sink) for (const { row, values } of raw.rows) sink.values(values, row);
      opened.close(raw.rows.length, raw);
    },
    finish() {
      flush();
      for (const book of workbooks.values()) {
        // Every sheet unrecognised, or this one's headings like a known table's: the workbook is not what
        // carestats reads, or a table's headings are wrong (errors); otherwise a cover or notes sheet.
        for (const { file, row, detail, near } of book.notRecognised) {
          issues.push(makeIssue(book.recognised && !near ? 'sheet-not-recognised' : 'table-not-recognised', { file, row }, { detail, where: row === 1 ? 'in the first row' : `in row ${String(row)}` }));
        }
      }
      // An unreadable return has said so (return-unreadable): "no file is the Header table" would be its echo.
      if (!unreadableReturn) for (const name of REQUIRED) if (!seen903.has(name)) issues.push(makeIssue('required-table-missing', {}, { table: name }));
      for (const { folder: at, table } of lacking) if (seen903.has(table)) issues.push(makeIssue('return-table-missing', {}, { folder: at, table }));
      // An unreadable return's year is not missing: return-unreadable has said so. Another year missing is, but
      // one not known (its folder not named for a year) might be the unreadable return's, so nothing is said.
      const gap = unreadableYears.includes(null) ? null : missingYears(returns, unreadableYears as CollectionYear[]);
      if (gap) issues.push(makeIssue('return-year-missing', {}, gap));
      // Each return with the next year's: across a gap (return-year-missing) nothing is compared.
      const links = compareReturnChildren(returnChildren);
      for (const i of links.issues) issues.push(i);
      if (misdated.size > 0) {
        const echo = (i: Issue) => i.id === 'code-not-valid-for-year' && i.file !== null && misdated.has(i.file);
        dropIssuesWhere(issues, echo);
        if (share) dropIssuesWhere(share.rowIssues, echo);
      }
      const data = stack.finish(returns, links.notFollowed);
      return { data, ssd, issues, tables, headings, rejectedChildren, share: share ?? null, supplied: suppliedFrom(tables) };
    },
  };
}

/** The fewest DECOM and DEC dates in a return for its dates to be weighed against its folder's name. */
const FEWEST_DATES_TO_JUDGE = 20;

/**
 * Whether a return's Episodes dates say another year than its folder's name (`named`): many dates after the
 * named year's end (an error: the folder holds a later return, or the extract ran past 31 March), or none in the
 * named year (a warning: a return sent in summer 2025 is 2024/25's, and a folder named 2025-26 for it puts every
 * figure a year late; a council with no child starting, leaving or moving all year would see it too).
 */
function namedYearDisagrees(folder: string, named: CollectionYear, counts: ReadonlyMap<CollectionYear, number>): { id: 'return-dates-after-folder-year' | 'return-dates-before-folder-year'; severity: 'error' | 'warning'; params: Record<string, string> } | null {
  let total = 0;
  let after = 0;
  for (const [y, n] of counts) {
    total += n;
    if (y > named) after += n;
  }
  // A handful of dates cannot tell: a small council may go a year with no child starting, leaving or moving,
  // and each date beyond the year is its own error (DfE rules 354 and 385), too few to bury the report.
  if (total < FEWEST_DATES_TO_JUDGE) return null;
  const fromDates = yearOfCounts(counts);
  if (fromDates === 0 || fromDates === named) return null;
  // A year in progress (an extract taken in April for the year to date) has few dates in it, but some: the
  // return of the year before, misnamed, has none.
  if (fromDates < named && (counts.get(named) ?? 0) > 0) return null;
  const params = { folder, year: yearName(named), datesYear: yearName(fromDates), end: formatUk(dayFromYmd(named, 3, 31)), after: after.toLocaleString('en-GB'), total: total.toLocaleString('en-GB') };
  return fromDates > named ? { id: 'return-dates-after-folder-year', severity: 'error', params } : { id: 'return-dates-before-folder-year', severity: 'warning', params };
}

/** How many of a raw Episodes table's DECOM and DEC dates are written month first. */
function monthFirstIn(raw: RawTable): number {
  const count = createDateYearCount(raw.headings);
  for (const { values } of raw.rows) count.values(values);
  return count.monthFirst;
}

/**
 * The collection years missing between the earliest and latest returns read (or `unreadable`: there, but
 * reported as return-unreadable), as the return-year-missing error's words, or null when the years follow on
 * (or fewer than two are known). A year worked out as 0, not known, is left out: its own issue says so.
 */
function missingYears(returns: readonly ReturnInfo[], unreadable: readonly CollectionYear[] = []): Record<string, string> | null {
  const known = (ys: readonly CollectionYear[]) => [...new Set(ys.filter((y) => y !== 0))].sort((a, b) => a - b);
  const years = known([...returns.map((r) => r.year), ...unreadable]);
  const missing: CollectionYear[] = [];
  let before: CollectionYear | null = null;
  for (let i = 1; i < years.length; i += 1) {
    const [prev, next] = [years[i - 1] ?? 0, years[i] ?? 0];
    before ??= next - prev > 1 ? prev : null;
    for (let y = prev + 1; y < next; y += 1) missing.push(y);
  }
  if (missing.length === 0 || before === null) return null;
  return { years: listInWords(known(returns.map((r) => r.year)).map(yearName)), missing: listInWords(missing.map(yearName)), before: yearName(before) };
}

function suppliedFrom(tables: readonly TableRead[]): SuppliedTable[] {
  const out = new Set<SuppliedTable>();
  for (const t of tables) {
    if (!t.used) continue;
    const ssdSpec = TABLES_SSD[t.table as SsdTableName];
    if (ssdSpec) out.add(`ssd.${ssdSpec.key}`);
    else if (Object.hasOwn(TABLES_903, t.table)) out.add(`ssda903.${TABLES_903[t.table as Ssda903TableName].key}`);
  }
  return [...out].sort();
}

/** Reads text files (CSV) into records. Files should come grouped by folder, as readers give them. */
export function ingestFiles(files: Iterable<TextFile>): IngestResult {
  const ingest = createIngest();
  for (const file of files) ingest.addCsv(file.name, file.text);
  return ingest.finish();
}

/** The folder a table's file is in ("903/2024-25" for "903/2024-25/episodes.csv" or "903/2024-25/r.xml (Episodes)"). */
export function folderOf(file: string): string {
  const path = file.replace(/ \([^/]*\)$/, '');
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/**
 * Says which known table the headings look most like, SSDA903 or SSD, and what is missing or unexpected: an SSD
 * export with a column added, or a sheet whose headings are not in its first row, should be told so in the
 * SSD's own names rather than compared with the 903 alone.
 */
function describeMismatch(r: Extract<ReturnType<typeof recogniseTable>, { kind: 'unrecognised' }>, headings: readonly string[]): string {
  const found = new Set(headings.map((h) => h.trim().toUpperCase()).filter((h) => h !== ''));
  // A blank heading is a column, not a name: say where it is (a comma ending the heading row makes one).
  const blanks = headings.flatMap((h, i) => (h.trim() === '' ? [columnLetter(i)] : []));
  const blank = blanks.length === 0 ? '' : ` Column ${listInWords(blanks)} ${blanks.length === 1 ? 'has' : 'have'} no heading: ${blanks.length === 1 ? 'give it its heading or delete the column' : 'give them their headings or delete the columns'} (two commas side by side in the heading row make an empty column; one ending the row is left out).`;
  const ssd = closestTable(SSD_TABLES, found);
  const score903 = r.closest ? similarity(r.closest.columns, found) : 0;
  // SSD columns are named in lower case, and so are the headings that are not among them.
  const closest = ssd && ssd.score > score903 && ssd.score >= 0.4
    ? { label: `SSD table ${ssd.table.name}`, columns: ssd.table.columns, missing: ssd.missing, unexpected: ssd.unexpected.map((c) => c.toLowerCase()) }
    : r.closest ? { label: `SSDA903 ${r.closest.name} table`, columns: r.closest.columns, missing: r.missing, unexpected: r.unexpected } : null;
  if (!closest) return `They do not look like any SSDA903 or SSD table: are the headings in the first row?${blank}`;
  const unexpected = closest.unexpected.filter((h) => h !== '');
  const parts = [`They look most like the ${closest.label}`];
  if (closest.missing.length) parts.push(`but ${listInWords(closest.missing)} ${closest.missing.length === 1 ? 'is' : 'are'} missing`);
  if (unexpected.length) parts.push(`${closest.missing.length ? 'and' : 'but'} ${listInWords(unexpected)} ${unexpected.length === 1 ? 'is' : 'are'} not an expected heading`);
  if (!closest.missing.length && !unexpected.length) parts.push('apart from the column without a heading');
  return `${parts.join(' ')}.${blank} It needs exactly these columns: ${closest.columns.join(', ')}.`;
}


/** The workbook a sheet's table is from ("ssd.xlsx" for "ssd.xlsx (sheet Notes)"; read-xlsx.ts names them so). */
function workbookName(file: string): string {
  const at = file.indexOf(' (sheet ');
  return at < 0 ? file : file.slice(0, at);
}

/**
 * The separator a CSV file's heading row uses instead of commas (semicolons: Excel where the list separator is
 * ";"; tabs: Excel's "Text" and "Unicode Text"), or null: one heading holding several names split by it.
 */
function otherSeparator(headings: readonly string[]): string | null {
  if (headings.length !== 1) return null;
  const only = headings[0] ?? '';
  if (only.split(';').length > 2) return 'semicolons (;)';
  if (only.split('\t').length > 2) return 'tabs';
  return null;
}

/** Each heading (trimmed, any case) written again after its first column, with both columns' indexes. */
function repeatedHeadings(headings: readonly string[]): { heading: string; first: number; again: number }[] {
  const firstAt = new Map<string, number>();
  const out: { heading: string; first: number; again: number }[] = [];
  headings.forEach((h, i) => {
    const key = h.trim().toUpperCase();
    if (key === '') return;
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, i);
    else out.push({ heading: h.trim(), first, again: i });
  });
  return out;
}
