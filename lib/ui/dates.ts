/**
 * Dates as readers write them ("March 2023", "10 March 2023"), from ISO dates.
 * Pure string work: no Date parsing, so no time zone can shift a day.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function parts(iso: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return [Number(match[1]), month, Number(match[3])];
}

/** "2023-03-10" → "March 2023"; anything unreadable is returned as given. */
export function monthYear(iso: string): string {
  const p = parts(iso);
  return p ? `${MONTHS[p[1] - 1]} ${p[0]}` : iso;
}

/** "2023-03-10" → "10 March 2023"; anything unreadable is returned as given. */
export function longDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}` : iso;
}
