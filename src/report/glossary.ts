// Abbreviations and codes a report may use, each with what it means in plain English: members are not
// specialists, and a page lists the ones it uses (no unexplained acronyms). A test fails on a page that uses
// an upper-case abbreviation with no entry here.

/** Each abbreviation or code, with its meaning as a panel member would want it (a sentence's start: shown as it is). */
export const GLOSSARY: Readonly<Record<string, string>> = {
  DfE: 'Department for Education',
  ONS: 'Office for National Statistics, whose population estimates give the rates per 10,000 children',
  SSDA903: 'The return about children looked after that every council makes to the Department for Education each year (named after its form number, 903)',
  SSD: 'Standard Safeguarding Dataset: a common layout for councils’ children’s social care records',
  DECOM: 'In the SSDA903 return, the date an episode of care began',
  DEC: 'In the SSDA903 return, the date an episode of care ended',
  V3: 'A legal status: looked after only under an agreed series of short breaks (respite care), each break recorded',
  V4: 'A legal status: looked after only under an agreed series of short breaks (respite care), the agreement recorded rather than each break',
  UASC: 'Unaccompanied asylum-seeking children',
  SGO: 'Special guardianship order',
  EET: 'In education, employment or training',
};

/** The entries whose abbreviation appears as a whole word in any of `texts`, in the glossary's order. */
export function abbreviationsIn(texts: readonly string[]): { term: string; meaning: string }[] {
  const words = new Set(texts.flatMap((t) => t.split(/[^A-Za-z0-9]+/)));
  return Object.entries(GLOSSARY).filter(([term]) => words.has(term)).map(([term, meaning]) => ({ term, meaning }));
}
