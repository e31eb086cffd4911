// How a workbook sheet's table is named in messages: "ssd.xlsx (sheet ssd_cla_visits)", and for a sheet Excel
// does not show, "ssd.xlsx (sheet Old placements, hidden)", so every message about it says why the analyst
// cannot see it.

/** Names a sheet's table. */
export function sheetLabel(workbook: string, sheet: string, hidden: boolean): string {
  return `${workbook} (sheet ${sheet}${hidden ? ', hidden' : ''})`;
}

/** Tells whether a table's name (sheetLabel) is a hidden sheet's. */
export function isHiddenSheet(file: string): boolean {
  return file.includes(' (sheet ') && file.endsWith(', hidden)');
}
