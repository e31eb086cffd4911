// Every message carestats shows about the council's data, in one catalogue, so wording is reviewed in one
// place and tests assert on the stable ids rather than on prose.
import type { Severity } from './issue.ts';

interface MessageEntry {
  severity: Severity;
  message: (p: Record<string, string>) => string;
  action: string;
}

/** A count with its noun, singular for 1: "1 column", "5 columns". */
const plural = (count: string | undefined, noun: string): string => `${count ?? ''} ${count === '1' ? noun : `${noun}s`}`;

const entry = (severity: Severity, message: (p: Record<string, string>) => string, action: string): MessageEntry => ({
  severity,
  message,
  action,
});

/** "SSD table" for an SSD table's name (ssd_…), else "SSDA903 table". */
function tableKind(name: string): string {
  return name.startsWith('ssd_') ? 'SSD table' : 'SSDA903 table';
}

/** Why a date ingest/parse-date.ts isNoDate reads as none stands for no date, from the cell as written. */
function noDateMeaning(value: string | undefined): string {
  const v = value ?? '';
  if (/^\s*(1900-0?1-0?1|0?1\/0?1\/1900)(?!\d)/.test(v)) return 'SQL Server makes an empty date 1 January 1900';
  if (/^\s*(9999-12-31|31\/12\/9999)(?!\d)/.test(v)) return 'the latest date a database can hold, which case systems write for no end';
  if (/^\s*(1753-0?1-0?1|0?1\/0?1\/1753|0001-0?1-0?1|0?1\/0?1\/0001)(?!\d)/.test(v)) return 'the earliest date a database can hold';
  return 'no date in a child’s file is before 1900 or in the year 9999, so carestats takes it for one of those';
}

/** What an Excel error value means, in a few words; in messages about a cell holding one. */

function excelErrorMeaning(value: string | undefined): string {
  switch ((value ?? '').trim().toUpperCase()) {
    case '#N/A': return 'a lookup (VLOOKUP, XLOOKUP, MATCH) found nothing';
    case '#REF!': return 'a formula refers to cells that were deleted';
    case '#VALUE!': return 'a formula was given a value of the wrong kind';
    case '#DIV/0!': return 'a formula divided by zero';
    case '#NAME?': return 'a formula uses a name Excel does not know';
    case '#NUM!': return 'a formula’s number is out of range';
    default: return 'a formula in the workbook failed';
  }
}

/** The catalogue, keyed by stable kebab-case id. */
export const MESSAGES = {
  'folder-not-found': entry('error', (p) => `The folder ${p.path ?? ''} does not exist or cannot be read.`, 'Check the path and try again.'),
  'no-csv-files': entry(
    'error',
    (p) => `There are no .csv files in ${p.path ?? 'the folder'}.`,
    'Save the SSDA903 tables as CSV files (one file per table) in this folder.',
  ),
  'return-table-missing': entry(
    'error',
    (p) => `The return in ${p.folder ?? ''} has no SSDA903 ${p.table ?? ''} table that carestats could read, though every return needs one. The checks across tables were not run: without it, every other record of the return would look wrong.`,
    'Fix or add this file first (any other issue about it says what is wrong with it), then check the folder again.',
  ),
  'return-unreadable': entry(
    'error',
    (p) => `The return in ${p.folder ?? ''} could not be read (${p.files ?? ''}), so carestats has none of its tables. Stacking the returns into one history closed no episode across this year, and the checks across tables were not run: without this year, the years either side would look wrong (episodes left open, children seeming to leave care).`,
    'Fix the file or export it again (the issue about the file says what is wrong with it), then check the folder again.',
  ),
  'required-table-missing': entry(
    'error',
    (p) => `No file in the folder is the SSDA903 ${p.table ?? ''} table, which carestats needs.`,
    'Add the CSV file for this table. Tables are recognised by their column headings, not their file names.',
  ),
  'returns-in-one-folder': entry(
    'error',
    (p) => `${p.folder === 'the data folder' ? 'The data folder' : `The folder ${p.folder ?? ''}`} holds more than one SSDA903 return: more than one file of the Header and of the Episodes table (${p.tables ?? ''}). carestats reads one return from each folder.`,
    'Put each collection year’s return in a folder of its own, named for its year (903/2024-25, 903/2025-26, …): carestats then stacks the years into one history.',
  ),
  'table-repeated': entry(
    'error',
    (p) => `Two files in one folder hold the ${p.table ?? ''} table: ${p.files ?? ''}.`,
    'Keep one file per table in each folder (put each collection year’s return in its own folder).',
  ),
  // SSD tables are current data, not yearly returns: folders for years do not apply.
  'ssd-table-repeated': entry(
    'error',
    (p) => `The SSD ${p.table ?? ''} table is in two places: ${p.files ?? ''}. carestats read the first and ignored the second, but it cannot tell which is the current one.${p.hidden ? ` ${p.hidden} ${p.hidden.includes(' and ') ? 'are hidden sheets' : 'is a hidden sheet'}, which Excel does not show: often an old copy kept in the workbook.` : ''}`,
    'Keep one copy of each SSD table in the data folder: delete the older file or sheet (to see a hidden sheet, right-click any sheet tab in Excel and choose Unhide), then check the folder again.',
  ),
  'return-dates-after-folder-year': entry(
    'error',
    (p) => `The return in ${p.folder ?? ''} is in a folder named for ${p.year ?? ''}, but ${p.after ?? ''} of its ${p.total ?? ''} episode dates (DECOM and DEC) are after ${p.end ?? ''}, when that year ended: its dates are those of ${p.datesYear ?? ''}. Either the folder holds the ${p.datesYear ?? ''} return, or the extract ran on past 31 March. carestats has not reported its codes that are not used in ${p.year ?? ''}, nor run the checks across tables: each would be an echo of this.`,
    'Rename the folder for the year the return is for (a return covers 1 April to 31 March and is named for both years: 2024-25 for the return sent in summer 2025), or extract the return again up to 31 March, then check the folder again.',
  ),
  'return-dates-before-folder-year': entry(
    'warning',
    (p) => `The return in ${p.folder ?? ''} is in a folder named for ${p.year ?? ''}, but none of its ${p.total ?? ''} episode dates (DECOM and DEC) falls in that year: its latest are in ${p.datesYear ?? ''}. carestats reads it as the ${p.year ?? ''} return, as named: if it is the ${p.datesYear ?? ''} return, every figure from it is a year out, and episodes it leaves open are taken to end a year late.`,
    'Check which year the return is for: a return covers 1 April to 31 March and is named for both years (2024-25 for the return sent in summer 2025). Rename the folder if it is wrong; if no child started, left or moved in the year, nothing need change.',
  ),
  'return-year-missing': entry(
    'error',
    (p) => `The returns read are for ${p.years ?? ''}, with none for ${p.missing ?? ''} between them. A child's episodes in ${p.missing ?? ''} are in no return read: children who came into care and left in it would be missing, and episodes open at the end of ${p.before ?? ''} would seem to end there. The checks across tables were not run, as each child whose care spans the gap would look wrong.`,
    'Add the missing return in a folder named for its year, beside the others (903/2024-25 for the 2024/25 return), or take the returns before the gap out of the data folder so that those read follow on year by year.',
  ),
  // Whether one return's children are the next year's (ingest/return-children.ts).
  'return-children-do-not-follow': entry(
    'error',
    (p) => `Of the ${p.inCare ?? ''} children in care at the end of ${p.year ?? ''} (an episode open on ${p.end ?? ''} in the return in ${p.folder ?? ''}), only ${p.found ?? ''} are in the ${p.next ?? ''} return (${p.nextFolder ?? ''}), though a child still in care on 1 April is in the next year's return${p.example ?? ''}. The children's ids (CHILD) are not the same in the two returns: a new case-management system, or an extract from another one, numbers them differently. carestats has not closed the episodes left open at the end of ${p.year ?? ''} nor run the checks across tables: every child would look wrong in both years.`,
    'Extract the returns with the same ids for every year: after a change of system, use the ids of one system in every return (the new system usually keeps the old id as a legacy id), then check the folder again.',
  ),
  'return-children-partly-do-not-follow': entry(
    'warning',
    (p) => `Of the ${p.inCare ?? ''} children in care at the end of ${p.year ?? ''} (an episode open on ${p.end ?? ''} in the return in ${p.folder ?? ''}), ${p.notFound ?? ''} are not in the ${p.next ?? ''} return (${p.nextFolder ?? ''}), though a child still in care on 1 April is in the next year's return${p.example ?? ''}: only ${p.percent ?? ''}% are. Some children's ids (CHILD) may have changed between the returns. The warnings about these children's episodes (an ending not recorded, a first episode not starting care) follow from it.`,
    'Compare a few of these children in the two returns: if their ids changed, extract the returns with the same ids for every year; if the older return left their episodes open by mistake, correct it.',
  ),
  'return-ids-lost-leading-zeros': entry(
    'error',
    (p) => `The children's ids (CHILD) in the return in ${p.folder ?? ''} (${p.year ?? ''}) have lost their leading zeros, which they have in ${p.others ?? ''}${p.example ?? ''}. Of the ${p.open ?? ''} children in care at the end of a year (counted for each pair of years next to each other), ${p.lost ?? ''} are in the next year's return only with the zeros set aside: without them, each looks like a child who left care and another who came in. Excel does this when a CSV file is opened and saved (it reads the ids as numbers). carestats has not closed episodes left open at the end of a year nor run the checks across tables: every such child would look wrong in both years.`,
    'Export the return again from the case-management system and do not open it in Excel before carestats reads it (or, in Excel, import the CHILD column as Text), then check the folder again.',
  ),
  'return-year-repeated': entry(
    'error',
    (p) => `Two folders hold an SSDA903 return for ${p.year ?? ''}: ${p.folders ?? ''}. carestats cannot tell which is the newer submission, and reading both would mix them.`,
    'Keep one folder per collection year: move the submission you do not want out of the data folder (carestats reads every folder inside it).',
  ),
  // A warning: the year decides the codes and the dates each row is checked against, and every figure's months.
  'return-year-date-set-aside': entry(
    'warning',
    (p) => `${p.folder ?? ''} is not named for a collection year, so carestats took the return's year from the latest dates in its Episodes table: ${p.year ?? ''}. It set aside ${p.column ?? ''} ${p.value ?? ''}, which is ${p.why ?? ''}, as a mistyped date.`,
    'Check the date in the case-management system (it is usually a mistyped year) and check that the year is right. Naming the folder for its collection year (for example 903/2024-25) saves carestats working it out.',
  ),
  'file-changed-during-reading': entry(
    'error',
    () => 'This file changed while carestats was reading it: the parts of the check did not all read the same contents.',
    'Wait until whatever is writing the file has finished (an extract still being saved, a copy still running), then run the command again.',
  ),
  'file-unreadable': entry(
    'error',
    (p) => `The file could not be read: ${p.reason ?? ''}.`,
    'Export the table again from the case-management system, or open it in Excel and save it again (as "CSV (Comma delimited)" for a CSV file).',
  ),
  'file-empty': entry('error', () => 'The file is empty: it has no column headings and no rows.', 'Export the table again from the case-management system.'),
  'table-not-recognised': entry(
    'error',
    (p) => `The column headings ${p.where ?? 'in the first row'} do not match any SSDA903 or SSD table. ${p.detail ?? ''}`.trim(),
    'Put the column headings in the first row (in a workbook sheet, one of its first 10 rows, with only titles above them), using the exact names: the DfE’s for an SSDA903 table (for example CHILD, DECOM, RNE), the Standard Safeguarding Dataset’s for an SSD table (for example clav_cla_visit_date). Column order and case do not matter.',
  ),
  // A warning, not an error: a workbook's cover or notes sheet beside its tables is usual, and harms nothing.
  'sheet-not-recognised': entry(
    'warning',
    (p) => `No row among this sheet's first 10 holds the column headings of an SSDA903 or SSD table, and none looks like one, so carestats ignored the sheet and read the workbook's other sheets. ${p.detail ?? ''}`.trim(),
    'If the sheet is a cover, notes or lookup sheet, nothing needs doing (or delete it to quieten this warning). If it should hold a table, put that table’s exact column headings in one of its first 10 rows, with only titles above them.',
  ),
  // A note: the table is read in full; only a title above it was passed over, and the note says what it was.
  'sheet-headings-below-first-row': entry(
    'note',
    (p) => `This sheet's column headings are in row ${p.row ?? ''}, not row 1, so carestats read the table from the row below them, with each row numbered as Excel shows it. It passed over ${p.above ?? ''} above the headings${p.text ? ` (${p.text})` : ''}.`,
    'Nothing needs doing for carestats. Other tools may expect the headings in row 1: check that the rows above them are only a title, and delete them if those tools need it.',
  ),
  'formulas-not-calculated': entry(
    'error',
    (p) => `This sheet has ${p.count ?? ''} with no saved result (the first in ${p.first ?? ''}: =${p.value ?? ''}), in ${p.columns ?? ''}. Most often the workbook was saved by a program that does not calculate formulas (a formula whose result is empty text, such as =IF(A2="","",A2), looks the same to carestats), so it holds no value for them, and carestats would read each as blank. It left out the ${p.rows ?? ''} with one in a column it reads.`,
    'Open the workbook in Excel and save it (Excel calculates the formulas and saves their results with them), or export the table again as values, then check the folder again.',
  ),
  // A note: carestats does not read these columns, so no value of its is lost.
  'formulas-not-calculated-unread': entry(
    'note',
    (p) => `This sheet has ${p.count ?? ''} with no saved result (the first in ${p.first ?? ''}: =${p.value ?? ''}), in ${p.columns ?? ''}, which carestats does not read, so nothing it reads was lost.`,
    'Nothing needs doing for carestats. To see their values, open the workbook in Excel and save it (Excel calculates the formulas).',
  ),
  'date-excel-serial': entry(
    'note',
    (p) => `${p.value ?? ''} in ${p.column ?? ''} is a date kept as Excel's count of days (the cell is a number, not formatted as a date); carestats read it as ${p.date ?? ''}.${p.more ?? ''}`,
    'Nothing needs doing for carestats. To see the dates in Excel, format the column as a date (Format Cells, Date); check any that were meant to be numbers.',
  ),
  // A warning where a column carestats reads reads blank in cells the sheet shows a value across.
  'merged-cells-read-blank': entry(
    'warning',
    (p) => `This sheet has ${p.count ?? ''} over its table (the first ${p.range ?? ''}). carestats read each range's value in its first cell only and its other cells as blank, as Excel's own CSV export does: ${p.cells ?? ''} in ${p.columns ?? ''}, which carestats reads, read as blank though the sheet shows a value there.`,
    'If a merged value was meant for every row or column it spans, unmerge the cells (Home, Merge & Center, Unmerge Cells), fill the value into each cell, and check the folder again. If the other cells were meant to be blank, nothing needs doing.',
  ),
  'merged-cells': entry(
    'note',
    (p) => `This sheet has ${p.count ?? ''} over its table (the first ${p.range ?? ''}). carestats read each range's value in its first cell only and its other cells as blank, as Excel's own CSV export does; none is in a column carestats reads.`,
    'Nothing needs doing for carestats. To tidy the sheet, unmerge the cells (Home, Merge & Center, Unmerge Cells).',
  ),
  // An error or a formula's failure, in a column that must hold a value or a value of a kind (a date, a code).
  'cell-excel-error': entry(
    'error',
    (p) => `${p.column ?? ''} holds the Excel error ${p.value ?? ''}, not a value: ${excelErrorMeaning(p.value)}. carestats left the row out.`,
    'Correct the formula (or what it looks up) in the workbook, or type the value in, then export or check the table again. A file made by a query should not hold Excel errors: check the query.',
  ),
  // A warning: a free-text column that may be blank, read as blank, so the error is not read as a name ("#N/A" as a team).
  'cell-excel-error-read-blank': entry(
    'warning',
    (p) => `${p.column ?? ''} holds the Excel error ${p.value ?? ''}, not a value (${excelErrorMeaning(p.value)}); carestats read it as blank.${p.more ?? ''}`,
    'Correct the formula (or what it looks up) in the workbook, or type the value in; a blank cell is fine where there is nothing to record.',
  ),
  // A note: NULL is a query's way of writing nothing, so reading it as blank loses nothing.
  'cell-null-read-blank': entry(
    'note',
    (p) => `${p.column ?? ''} holds the word ${(p.value ?? '').trim()}, which a database query writes for an empty value; carestats read it as blank.${p.more ?? ''}`,
    'Nothing needs doing for carestats. A file for DfE must leave such cells empty, not NULL: have the export write empty values as empty cells (SQL Server Management Studio’s "Save Results As" writes NULL; its Import and Export Wizard leaves them empty).',
  ),
  'file-headings-missing': entry(
    'error',
    (p) => `The first row of this file is data (${p.sample ?? ''}), not column headings${p.table ? `: it looks like the ${tableKind(p.table)} ${p.table} saved without its headings` : ''}. carestats knows a table by its headings, so it read nothing from this file.`,
    'Export the table again with its column headings in the first row. In SQL Server Management Studio, tick "Include column headers when copying or saving the results" (Tools > Options > Query Results > SQL Server > Results to Grid), then run the query and save the results again.',
  ),
  'file-sqlcmd-lines': entry(
    'note',
    (p) => `This file has the lines sqlcmd writes round a query's results: ${p.lines ?? ''}. carestats skipped them.`,
    'Nothing needs doing for carestats. To leave out the count, put SET NOCOUNT ON at the start of the query; keep the headings (not -h -1), which carestats knows the table by.',
  ),
  'file-rows-affected-differs': entry(
    'warning',
    (p) => `The file ends by saying the query gave ${p.said ?? ''} rows, but it holds ${p.rows ?? ''}. It may have been cut short, or edited after it was saved.`,
    'Run the query and save its results again, and check the file is not open in another program while it is written.',
  ),
  'date-placeholder': entry(
    'error',
    (p) => `"${(p.value ?? '').trim()}" in ${p.column ?? ''} is the date a database writes for no date (${noDateMeaning(p.value)}), but every row needs a real one. carestats left the row out.`,
    'Fill in the date in the case-management system, or find why the query gives no date here, and export the table again.',
  ),
  'date-placeholder-read-blank': entry(
    'warning',
    (p) => `"${(p.value ?? '').trim()}" in ${p.column ?? ''} is the date a database writes for no date (${noDateMeaning(p.value)}), not a real one; carestats read it as blank.${p.more ?? ''}`,
    'Check the query: leave empty dates empty (not ISNULL(date, \'\'), which gives 1900-01-01). A file for DfE must leave such cells blank.',
  ),
  'file-not-comma-separated': entry(
    'error',
    (p) => `The values in this file are separated by ${p.separator ?? 'something other than commas'}, not commas, so carestats cannot tell its columns apart.`,
    'Open the file in Excel and save it with "Save As" and the type "CSV UTF-8 (Comma delimited) (*.csv)". (Excel separates values with semicolons where the computer’s list separator is set to ";".)',
  ),
  'file-utf16': entry(
    'error',
    () => 'The file is saved as UTF-16 text (Excel calls it "Unicode Text"), not as CSV, so carestats cannot read it.',
    'Open the file in Excel and save it with "Save As" and the type "CSV UTF-8 (Comma delimited) (*.csv)".',
  ),
  'xml-not-well-formed': entry(
    'error',
    (p) => `The file is not well-formed XML, so carestats could read none of it: the fault is at line ${p.line ?? ''} (${p.detail ?? ''}).`,
    'Open the file in a text editor at that line. Every element must be closed (<EPISODE> … </EPISODE>), and an & or < within a value must be written &amp; or &lt; (an entity such as &nbsp; is not XML). Correct it, or export the return again from the case-management system: the DfE validator would reject the file too.',
  ),
  'xml-cut-off': entry(
    'error',
    (p) => `The file ends at line ${p.line ?? ''} with ${p.open ?? 'an element'} still open, so it looks cut off part way (an export or a copy that did not finish). carestats could read none of it.`,
    'Export the return again from the case-management system, and check the new file ends with </EXPSSDA903>.',
  ),
  'xml-children-wrapped': entry(
    'warning',
    (p) => `The children's records (CHILD elements) are inside <${p.element ?? ''}>${p.count === '1' ? '' : ` (${p.count ?? ''} times)`}, an element the DfE form of the return does not have: there, each CHILD sits directly inside <EXPSSDA903>. carestats has read them from within it, but DfE's validator would read the whole <${p.element ?? ''}> as one child.`,
    'Export the return again in the DfE form, or take out the wrapping element (its opening and closing tags) before sending it to DfE.',
  ),
  // A warning: an element a case system adds for its own use harms nothing, but a misspelt field is lost.
  'xml-element-unknown': entry(
    'warning',
    (p) => `The element <${p.element ?? ''}> (in <${p.within ?? ''}>, ${p.count === '1' ? 'once' : `${p.count ?? ''} times, first`} at this line) is not an SSDA903 field, so carestats ignored it.`,
    'If it holds a field of the return under another name, rename it to the DfE field name (for example DECOM, PL, REC) and export the return again; otherwise nothing needs doing.',
  ),
  'file-not-utf8': entry(
    'warning',
    (p) => `The file is not UTF-8 text (first at line ${p.line ?? ''}). carestats read it as Windows-1252, the encoding Excel on Windows saves "CSV (Comma delimited)" in, so a character such as é, £ or ’ should read as meant: check the values on that line.`,
    'If that line reads right, nothing need change. To be sure of every character, save the file as "CSV UTF-8 (Comma delimited)".',
  ),
  'file-utf8-damaged': entry(
    'warning',
    (p) => `The file is UTF-8 text but for some bytes that are not (first at line ${p.line ?? ''}): carestats read each of those as �, so a value there may have lost a character.`,
    'Check the values on that line against the case record, and export the file again if one is wrong.',
  ),
  // A warning: the values are most likely read as meant, but an XML file that declares no encoding must be
  // UTF-8, and the DfE validator would reject it.
  'xml-not-utf8': entry(
    'warning',
    (p) => `The file is not UTF-8 text (first at line ${p.line ?? ''}), though it does not say which encoding it uses, and an XML file that does not say must be UTF-8. carestats read it as Windows-1252, the usual encoding of Windows systems, so a character such as é or £ may read as meant: check the values on that line.`,
    'Export the return as UTF-8, or make its first line say its encoding: <?xml version="1.0" encoding="windows-1252"?>.',
  ),
  'heading-repeated': entry(
    'error',
    (p) => `The heading ${p.column ?? ''} is in column ${p.first ?? ''} and again in column ${p.again ?? ''}. carestats read column ${p.first ?? ''} and ignored column ${p.again ?? ''}, which may hold the values meant.`,
    'Keep one column with this heading: delete or rename the other, then export the table again.',
  ),
  'headings-end-empty': entry(
    'note',
    (p) => `The heading row ends with a comma, so it has an empty heading at the end (${p.columns ?? ''}). carestats left that empty column out and read the rest.`,
    'Nothing needs doing; to tidy the file, delete the comma at the end of the first line (or the empty last column in the spreadsheet).',
  ),
  'row-repeats-headings': entry(
    'warning',
    () => 'This row repeats the column headings, as when two exports are joined into one file. carestats skipped it and read the rows after it.',
    'Delete the row, and check that the rows after it are not a second copy of the table.',
  ),
  'row-wrong-length': entry(
    'error',
    (p) => `This row has ${plural(p.found, 'value')} but the header row has ${plural(p.expected, 'column')}.`,
    'Check for a stray comma or a value split across columns in this row.',
  ),
  'row-duplicated': entry(
    'warning',
    (p) => `This row is an exact copy of row ${p.otherRow ?? ''}. The copy has been ignored.`,
    'Remove the repeated row from the extract; it usually comes from a join in the report that produced the file.',
  ),
  'child-details-differ-between-returns': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s ${p.column ?? ''} is ${p.value ?? ''} in ${p.year ?? ''} but ${p.otherValue ?? ''} in ${p.otherYear ?? ''} (${p.otherFile ?? ''} row ${p.otherRow ?? ''}). A child's ${p.column === 'SEX' ? 'sex' : 'date of birth'} should be the same in every return${p.rule ?? ''}. carestats uses the later return's.`,
    'Check the child’s record. If the later return corrected the earlier (for example after an age assessment), nothing needs doing; otherwise correct the case record so every return agrees.',
  ),
  'episode-closed-by-later-return': entry(
    'note',
    (p) => `Child ${p.child ?? ''}'s episode was open at the end of this return, and a later return (${p.nextFile ?? ''}) shows the child's next episode in the same period of care starting on ${p.date ?? ''}. carestats has taken this episode as ending that day with REC X1.`,
    'Nothing needs doing: this is how an open episode carries into the next year.',
  ),
  'episode-corrected-by-later-return': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.value ?? ''} was open at the end of the ${p.year ?? ''} return, but the later return (${p.nextFile ?? ''} row ${p.nextRow ?? ''}) has an episode starting ${p.date ?? ''} in force then instead. carestats has taken the later return as correcting the start date and left this row out.`,
    'Check the child’s start date in the case record. If the later return is right, nothing needs doing; if not, correct it and export the later return again.',
  ),
  'episode-end-not-recorded': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s episode was still open at the end of this return, and no later return continues it. carestats has closed it on ${p.date ?? ''} with the reason not recorded (E99), counting the child as leaving care that day, since a later return would include the child had they still been looked after.`,
    'Check the child’s record: the later return should include the episode, closed with the date and reason the child left care.',
  ),
  'value-missing': entry('error', (p) => `${p.column ?? ''} is blank, but every row needs it.`, 'Fill in the value in the case-management system and export the table again.'),
  'date-invalid': entry(
    'error',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is not a real date. Dates must be written ${p.form ?? 'dd/mm/yyyy, for example 31/03/2026'}.`,
    'Correct the date in the case-management system and export the table again.',
  ),
  'date-implausible': entry(
    'error',
    (p) => `${p.column ?? ''} is ${p.value ?? ''}, which ${p.why ?? 'is not a plausible date'}.`,
    'Check the date in the case-management system.',
  ),
  'code-not-valid-for-year': entry(
    'error',
    (p) => `"${p.value ?? ''}" is an SSDA903 ${p.column ?? ''} code only ${p.when ?? ''}, so it cannot be used in the ${p.year ?? ''} return. Valid codes in ${p.year ?? ''}: ${p.valid ?? ''}.`,
    'Use the code the DfE guidance for this collection year gives (codes change between years: for example K3 replaced H5 from 2024/25).',
  ),
  'number-invalid': entry(
    'error',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is not a whole number from ${p.min ?? ''} to ${p.max ?? ''}.`,
    'Correct the value in the case-management system and export the table again.',
  ),
  'decimal-invalid': entry(
    'error',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is not a number from ${p.min ?? ''} to ${p.max ?? ''}.`,
    'Correct the value in the case-management system and export the table again (a number such as 12.5, with a full stop for the decimal point and no units).',
  ),
  'value-trimmed': entry(
    'note',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} has spaces before or after it; carestats ignored them.${p.more ?? ''}`,
    'Nothing needs doing for carestats. The DfE validator may reject the spaces, so trim them in the extract.',
  ),
  'ssd-value-not-recognised': entry(
    'warning',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is not a value carestats reads: it reads ${p.reads ?? ''}.${p.more ?? ''}`,
    'Check how the case-management system words this column, and map its values to those carestats reads in the extract, then check the folder again. Tell the carestats maintainers of a wording that should be read.',
  ),
  'code-yes-no-word': entry(
    'note',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is a yes or no written ${/^\s*[01]\s*$/.test(p.value ?? '') ? 'as 1 or 0, as a database writes a true-or-false (bit) column; carestats read 1 as Y and 0 as N' : 'as a word; carestats read Yes and True as Y, No and False as N'}.${p.more ?? ''}`,
    'Nothing needs doing for carestats. The Standard Safeguarding Dataset writes these flags Y or N.',
  ),
  'code-lower-case': entry(
    'note',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is in lower case; carestats read it as ${(p.value ?? '').trim().toUpperCase()}.${p.more ?? ''}`,
    'Nothing needs doing for carestats. DfE codes are upper case, so correct the extract before submitting it.',
  ),
  'id-decimal-removed': entry(
    'note',
    (p) => `The id "${p.value ?? ''}" in ${p.column ?? ''} ends in ".0", which Excel adds when it treats ids as numbers; carestats read it without the ".0".${p.more ?? ''}`,
    'Nothing needs doing for carestats. To stop Excel doing it, format the id column as Text before saving.',
  ),
  'date-two-digit-year': entry(
    'warning',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} has a two-digit year, as Excel's short date saves it; carestats read 90 to 99 as 1990 to 1999 and the rest as 2000 onwards, as every date in these returns lies from 1990.${p.more ?? ''}`,
    'Check a few of these dates against the case record. The DfE return needs four-digit years (dd/mm/yyyy): format the column as dd/mm/yyyy before saving.',
  ),
  'date-month-first': entry(
    'error',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is not a date written day first (dd/mm/yyyy), but would be ${p.read ?? ''} written month first, as Excel in a US setting saves dates. If the file's dates are month first, those with a day of 12 or less have been read as other dates, with nothing to show it.`,
    'Export the table again with dates as dd/mm/yyyy (in Excel, set the column’s format, or the computer’s region, to English (United Kingdom)), then check the folder again.',
  ),
  'episodes-dates-month-first': entry(
    'error',
    (p) => `${p.count ?? ''} of the Episodes dates (DECOM and DEC) are written month first (mm/dd/yyyy), as Excel in a US setting saves dates: each is listed as date-month-first. Those with a day of 12 or less were read as other days, so carestats has not run the checks across tables, which would report the history those wrong days make.`,
    'Export the return again with dates as dd/mm/yyyy (in Excel, set the columns’ format, or the computer’s region, to English (United Kingdom)), then check the folder again.',
  ),
  'date-zoned-read-uk': entry(
    'note',
    (p) => `"${(p.value ?? '').trim()}" in ${p.column ?? ''} is a moment written with its offset from UTC (Z is UTC itself); carestats read it as the day it was in the UK, as the case-management system recorded it (midnight in British Summer Time is 23:00 the day before in UTC).${p.more ?? ''}`,
    'Nothing needs doing for carestats. Exports through JSON or Power Query write dates so; the SSD writes them as the UK day (yyyy-mm-dd).',
  ),
  'date-excel-style': entry(
    'note',
    (p) => `"${p.value ?? ''}" in ${p.column ?? ''} is written the way Excel saves dates (year first, or with a time), not dd/mm/yyyy; carestats read the date correctly.${p.more ?? ''}`,
    'Nothing needs doing for carestats. The DfE return needs dd/mm/yyyy, so format the column as a date (dd/mm/yyyy) before saving.',
  ),
  'file-byte-order-mark': entry(
    'note',
    () => 'The file starts with a byte-order mark (Excel\'s "CSV UTF-8" adds one); carestats ignored it.',
    'Nothing needs doing.',
  ),
  // A warning: the rows are read all the same, but the folder may be the wrong year's.
  'table-not-in-year': entry(
    'warning',
    (p) => `The SSDA903 ${p.table ?? ''} table is part of the return only from ${p.from ?? ''}, but this file is in the ${p.year ?? ''} return. carestats has read its rows all the same.`,
    'Check that the file is in the folder for its collection year (a folder named for a year, such as 903/2024-25, is read as that year’s return). If it is, the table was not collected that year: remove it from the return.',
  ),
  'table-has-no-rows': entry(
    'warning',
    (p) => `The ${p.table ?? ''} table has column headings but no rows.`,
    'If there really were none this year, nothing needs doing; otherwise export the table again.',
  ),
  'code-invalid': entry(
    'error',
    (p) => `"${p.value ?? ''}" is not a valid ${p.column ?? ''} code. Valid codes: ${p.valid ?? ''}.`,
    'Use a code from the DfE SSDA903 guidance for this field.',
  ),
  'episode-ends-before-it-starts': entry(
    'error',
    (p) => `The episode ends (DEC ${p.value ?? ''}) before it starts (DECOM ${p.start ?? ''}).`,
    'Correct DECOM or DEC for this episode in the case-management system. carestats checks the order of the child’s episodes, and the reviews and missing episodes within them, once this is corrected.',
  ),
  'episode-lasts-under-a-day': entry(
    'warning',
    (p) => `The episode starts and ends on the same day (${p.value ?? ''}). DfE guidance says an episode cannot start and end on the same day.`,
    'Check the episode; it is usually a placement recorded in error and should be removed.',
  ),
  'episode-overlaps-previous': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starts on ${p.value ?? ''}, before their previous episode (${p.previous ?? ''}) ended on ${p.previousEnd ?? ''}. Episodes must not overlap.`,
    'Correct the dates so each episode starts on or after the day the previous one ended.',
  ),
  'episode-open-before-another': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.start ?? ''} has no end date, but a later episode starts on ${p.next ?? ''}. Only the last episode can be open.`,
    'Add DEC and REC to the earlier episode.',
  ),
  'episode-x1-not-followed': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode ends on ${p.end ?? ''} with REC X1 (a new episode starts the same day), but ${p.next === undefined ? 'no later episode follows it' : `the next episode starts on ${p.next}`}.`,
    'Correct the dates so the next episode starts on the day this one ends, or record the real reason the child left care.',
  ),
  'episode-same-day-after-leaving': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starts on ${p.value ?? ''}, the same day their previous episode (${p.previous ?? ''}) ended with REC ${p.rec ?? ''}, which means they left care.`,
    'If the child stayed in care, end the previous episode with REC X1; otherwise correct the dates.',
  ),
  'end-date-without-reason': entry(
    'error',
    () => 'The episode has an end date (DEC) but no reason episode ceased (REC). Both or neither must be given.',
    'Add the reason the episode ceased, or remove the end date if the episode is still open.',
  ),
  'reason-without-end-date': entry(
    'error',
    (p) => `The episode has a reason episode ceased (REC ${p.value ?? ''}) but no end date (DEC). Both or neither must be given.`,
    'Add the date the episode ended, or remove the reason if the episode is still open.',
  ),
  'child-not-in-header': entry(
    'error',
    (p) => `Child ${p.value ?? ''} has episodes but is not in the Header table.`,
    'Include every child with an episode in the Header table.',
  ),
  'child-repeated-in-header': entry(
    'error',
    (p) => `Child ${p.value ?? ''} appears more than once in the Header table (also row ${p.otherRow ?? ''}).`,
    'Keep one Header row per child.',
  ),
  // Reason for new episode (episode-reasons.ts).
  'first-episode-rne-not-s': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s first episode (starting ${p.start ?? ''}) has RNE ${p.rne ?? ''}, but a child's first episode starts their care, so its RNE must be S (DfE rule 357).`,
    'Check whether an earlier episode is missing from the return; if not, change RNE to S.',
  ),
  'rne-s-continuing-period': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.start ?? ''} has RNE S (started to be looked after), but the previous episode (${p.previous ?? ''}) ended that day with REC X1, so the child was already looked after (DfE rule 431).`,
    'If the child stayed in care, give the RNE that says what changed (L, P, T, B or U); if they left care, end the previous episode with the reason they left.',
  ),
  'rne-not-s-after-leaving': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.start ?? ''} has RNE ${p.rne ?? ''}, but the previous episode (${p.previous ?? ''}) ended on ${p.end ?? ''} with REC ${p.rec ?? ''}, so the child had left care and this episode starts a new period of care (DfE rule 432).`,
    'Change RNE to S. If the child never left care, end the previous episode with REC X1 on the day this one starts instead.',
  ),
  'rne-l-inconsistent': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.start ?? ''} has RNE L (change of legal status only), but ${p.what ?? ''} (DfE rule 434).`,
    'Correct RNE to say what changed (P or T for a placement change, B or U for both), or correct the episode’s legal status or placement details.',
  ),
  'rne-p-t-inconsistent': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.start ?? ''} has RNE ${p.rne ?? ''} (change of placement only), but ${p.what ?? ''} (DfE rule 435).`,
    'Correct RNE to say what changed (L for legal status only, B or U for both), or correct the episode’s legal status or placement details.',
  ),
  'rne-b-u-inconsistent': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.start ?? ''} has RNE ${p.rne ?? ''} (change of both legal status and placement), but ${p.what ?? ''} (DfE rule 436).`,
    'Correct RNE to say what changed (L for legal status only, P or T for placement only), or correct the episode’s legal status or placement details.',
  ),
  // Returning from a temporary placement (temporary-placements.ts).
  'temporary-placement-not-returned': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s episode starting ${p.start ?? ''} follows a temporary placement (PLACE ${p.temporary ?? ''} from ${p.since ?? ''}) but is not back in the placement before it (${p.usual ?? ''}): ${p.what ?? ''}. carestats counts it as a new placement, a move in the placement stability measures. DfE rule 383 expects a child to go back to their usual placement after a temporary one.`,
    'If the child went back to the same carers, make this episode’s PLACE, PLACE_PROVIDER, PL_POST and URN match the placement before the temporary one. If the child really moved to new carers, carestats counts the move correctly, but the DfE validator will reject the episode (rule 383).',
  ),
  // Events while looked after (events-in-care.ts).
  'review-outside-care': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s review on ${p.value ?? ''} is not while they were looked after: it is ${p.when ?? ''}.`,
    'Check the review date and the child’s episodes; one of them is wrong, or an episode is missing.',
  ),
  'missing-outside-care': entry(
    'error',
    (p) => `Child ${p.child ?? ''} went missing or away on ${p.value ?? ''} (MIS_START), which is not while they were looked after: it is ${p.when ?? ''} (DfE rule ${p.rule ?? ''}).`,
    'Check the missing start date and the child’s episodes; the Missing table only records episodes while a child is looked after.',
  ),
  'ssd-visit-outside-care': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s visit on ${p.value ?? ''} is not while they were looked after by the SSDA903 episodes: it is ${p.when ?? ''}.`,
    'Check the visit date and the child’s episodes. A visit just after a child left care is sometimes recorded in the care record; if so, nothing needs doing.',
  ),
  'ssd-missing-outside-care': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s missing episode starting ${p.value ?? ''} is not while they were looked after by the SSDA903 episodes: it is ${p.when ?? ''}.`,
    'Check the start date and the child’s episodes. If the child was not looked after then, nothing needs doing for carestats.',
  ),
  // Care leavers (care-leavers.ts).
  'oc3-items-partly-blank': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s OC3 row gives ${p.given ?? ''} but leaves ${p.column ?? ''} blank. IN_TOUCH, ACTIV and ACCOM must all be given or all be blank (DfE rule 153).`,
    'Fill in the blank item, or leave all three blank if no care-leaver information is due for this young person.',
  ),
  'oc3-status-not-zero': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s OC3 row has IN_TOUCH ${p.inTouch ?? ''} (${p.inTouch === 'DIED' ? 'died' : 'returned home for 6 months or more'}), so ACTIV and ACCOM must be 0, but ${p.column ?? ''} is ${p.value === '' ? 'blank' : `"${p.value ?? ''}"`} (DfE rule 344).`,
    'Set ACTIV and ACCOM to 0, or correct IN_TOUCH.',
  ),
  'oc3-in-touch-status-zero': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s OC3 row has IN_TOUCH YES, but ${p.column ?? ''} is 0 (no information). When the council is in touch, ACTIV and ACCOM say what the young person is doing and where they live (DfE rule 345).`,
    'Record the young person’s activity and accommodation, or correct IN_TOUCH.',
  ),
  // A warning: the OC3 measures leave these young people out (measures/shared/annual-return.ts), so no figure
  // is wrong; the DfE validator rejects the row, so it needs fixing before the return is sent.
  'oc3-care-transferred': entry(
    'warning',
    (p) => `Child ${p.child ?? ''} has an OC3 row, but their care ended with REC E3 (care taken over by another council) at ${p.ended ?? ''} row ${p.row ?? ''}: they are that council's care leaver, not this one's (DfE rule 1011). carestats leaves them out of the OC3 measures.`,
    'Remove the OC3 row, or correct the REC of the episode that ended their care.',
  ),
  'ssd-care-leaver-in-touch-incomplete': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s care-leaver contact says the council is in touch, but ${p.column ?? ''} is ${p.value === '' ? 'blank' : `"${p.value ?? ''}"`}.`,
    'Record the young person’s activity and accommodation at this contact; they feed the care-leaver measures.',
  ),
  // Child details across tables (child-details.ts).
  // A warning, not an error: carestats's figures start from each child's Header and Episodes rows, so an orphan
  // row in another table changes none of them; the DfE validator does reject it, so it needs fixing.
  'child-in-table-not-in-header': entry(
    'warning',
    (p) => `Child ${p.value ?? ''} is in the ${p.table ?? ''} table but has no row in the Header table of any return${p.rule ?? ''}, so carestats cannot use this child's ${p.table ?? ''} rows.`,
    'Include every child in the Header table (the DfE validator rejects a return without), or correct the child id in this table.',
  ),
  'differs-from-header': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s ${p.column ?? ''} in the ${p.table ?? ''} table is ${p.value ?? ''}, but their Header row in the same return gives ${p.headerValue ?? ''}${p.rule ?? ''}.${p.more ?? ''}`,
    'Correct the value so every table in the return agrees with the Header table.',
  ),
  'differs-from-other-return-header': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s ${p.column ?? ''} in this ${p.table ?? ''} row (${p.year ?? ''}) is ${p.value ?? ''}, but their Header row in ${p.headerYear ?? ''} gives ${p.headerValue ?? ''}. carestats uses the Header's.${p.more ?? ''}`,
    'If the value was corrected in a later return (for example after an age assessment), nothing needs doing; otherwise correct whichever is wrong.',
  ),
  // Whether the SSD tables' children are the 903's (ssd-children.ts).
  'ssd-children-not-in-903': entry(
    'warning',
    (p) => `None of the children in ${p.tables ?? ''} is a child in the SSDA903 returns read: their person ids (such as ${p.examples ?? ''}) are not the returns' CHILD ids${p.example903 ?? ''}. The SSD was extracted with another id for each child, or saved by Excel, which drops ids' leading zeros (000123 becomes 123), or covers none of the years the returns do. carestats leaves ${p.one ?? 'them'} out: the figures from ${p.one ?? 'them'} (social-worker visits, health checks, missing episodes, care leavers) are shown as unavailable, not as 0.`,
    'Extract the SSD tables with the same person id as the SSDA903 return’s CHILD (the case-management system’s id for the child), for the years the returns cover, then check the folder again.',
  ),
  'ssd-reviews-not-linked': entry(
    'warning',
    (p) => `${p.notLinked ?? ''} of the ${p.rows ?? ''} reviews in ssd_cla_reviews (${p.percent ?? ''}%) have a clar_cla_id that is no clae_cla_id in ssd_cla_episodes, so carestats cannot tell whose reviews they are: the reviews' ids are such as ${p.reviewExamples ?? ''}${p.episodeExamples ?? ''}. ${p.consequence ?? ''}`,
    'Extract ssd_cla_reviews and ssd_cla_episodes with the same CLA episode id (clar_cla_id is the clae_cla_id of the episode the review was held in), then check the folder again.',
  ),
  'ssd-children-partly-not-in-903': entry(
    'warning',
    (p) => `${p.notIn ?? ''} of the ${p.dated ?? ''} children (${p.percent ?? ''}%) with ${p.table ?? ''} rows dated from ${p.from ?? ''} to ${p.to ?? ''}, the years the SSDA903 returns read cover, are not children in those returns (such as ${p.examples ?? ''}), so their rows are in no figure. A child looked after in those years should be in the returns.`,
    'Look up a few of these children in the case-management system: if their ids differ between the SSD and the SSDA903 extracts, extract both with the same ids; if they were looked after, the return for the year should include them.',
  ),
  'ssd-ids-not-903-children': entry(
    'warning',
    (p) => `Of the ${p.compared ?? ''} children in ssd_person whose person id is also a CHILD id in the SSDA903 returns, ${p.differ ?? ''} have another date of birth in the returns' Header: the SSD's person ids and the returns' CHILD ids${p.example903 ?? ''} number different children (an id of one system that happens to be a number the other uses too). carestats leaves every SSD table out: the figures from them (social-worker visits, health checks, missing episodes, care leavers) are shown as unavailable, and each SSD row that would seem wrong for the child it joins (a date of birth, a visit outside care) is not reported.`,
    'Extract the SSD tables with the same person id as the SSDA903 return’s CHILD (the case-management system’s id for the child), then check the folder again.',
  ),
  'ssd-dob-differs-from-header': entry(
    'warning',
    (p) => `Child ${p.child ?? ''}'s date of birth in ssd_person is ${p.value ?? ''}, but the SSDA903 Header table (${p.headerYear ?? ''}) gives ${p.headerValue ?? ''}. carestats uses the Header's.`,
    'Check the child’s date of birth in the case-management system; the two extracts should agree.',
  ),
  // Plausible dates (dates-plausible.ts).
  'birth-date-after-year-end': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s date of birth (${p.value ?? ''}) is after the end of the ${p.year ?? ''} collection year (${p.end ?? ''}) of the return it is in (DfE rule 301).`,
    'Correct the date of birth.',
  ),
  'birth-date-before-1990': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s date of birth (${p.value ?? ''}) is before 01/01/1990; nobody that old is in an SSDA903 return (care leavers are reported to age 25).`,
    'Correct the date of birth; it is usually a mistyped year.',
  ),
  'episode-starts-before-1991': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starts on ${p.value ?? ''}, before 14/10/1991, when the Children Act 1989 came into force; no episode can start before then (DfE rule 353).`,
    'Correct DECOM; it is usually a mistyped year.',
  ),
  'episode-starts-after-year-end': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode starts on ${p.value ?? ''}, after the end of the ${p.year ?? ''} collection year (${p.end ?? ''}) of the return it is in (DfE rule 354).`,
    'Correct DECOM, or check that the file is in the folder for the right collection year. carestats checks the order of the child’s episodes, and the reviews and missing episodes within them, once this is corrected.',
  ),
  'episode-ends-after-year-end': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s episode ends on ${p.value ?? ''}, after the end of the ${p.year ?? ''} collection year (${p.end ?? ''}) of the return it is in (DfE rule 385).`,
    'Correct DEC; an episode still open at 31 March has DEC and REC blank in that year’s return.',
  ),
  'episode-starts-before-birth': entry(
    'error',
    (p) => `Child ${p.child ?? ''}'s first episode starts on ${p.value ?? ''}, before their date of birth (${p.dob ?? ''}) in the Header table (DfE rule 302).`,
    'Correct DECOM or the date of birth.',
  ),
  'care-started-aged-18-or-over': entry(
    'error',
    (p) => `Child ${p.child ?? ''} started to be looked after (RNE S) on ${p.value ?? ''}, on or after their 18th birthday (${p.eighteenth ?? ''}); nobody starts care at 18 or over (DfE rule 352).`,
    'Correct DECOM or the date of birth.',
  ),
  'config-invalid': entry(
    'error',
    (p) => `The local authority configuration is not valid: ${p.detail ?? ''}.`,
    'Correct la-config.json; see the README for an example.',
  ),
} satisfies Record<string, MessageEntry>;

/** A stable issue id: the key to its wording and to the tests that expect it. */
export type IssueId = keyof typeof MESSAGES;
