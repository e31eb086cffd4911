// The order a data folder's files are read in, wherever they come from (a folder on disk, a stored snapshot):
// the ingest stacks one return (folder) at a time, so each folder's files must come together, and a snapshot
// must be read back in the order its folder was, or it would give other figures.

/** Orders relative file names (with / separators) by folder, then by name: 903/2024-25/… before 903/2024-25/old/…. */
export function byFolderThenName(a: string, b: string): number {
  const [folderA, folderB] = [a.slice(0, a.lastIndexOf('/') + 1), b.slice(0, b.lastIndexOf('/') + 1)];
  if (folderA !== folderB) return folderA < folderB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
