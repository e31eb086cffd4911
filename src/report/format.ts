// Number and change wording for reports, in GOV.UK style (thousands separators, plain words for change).

/** Formats a number with thousands separators and fixed decimals; "not available" for null. */
export function formatNumber(value: number | null, decimals = 0): string {
  if (value === null) return 'not available';
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Describes a change in a count in words: "4 more than", "2 fewer than", "the same as". */
export function describeChange(now: number, before: number): string {
  const diff = now - before;
  if (diff === 0) return 'the same as';
  return `${formatNumber(Math.abs(diff))} ${diff > 0 ? 'more' : 'fewer'} than`;
}
