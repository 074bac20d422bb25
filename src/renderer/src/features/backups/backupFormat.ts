/** A backup's size as a reader says it: "48 kt", "3,2 Mt" (kilo- and megabytes, base 1000). */
export function formatSize(bytes: number, language: string): string {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(Math.max(1, bytes / (mega ? 1_000_000 : 1_000)));
}
