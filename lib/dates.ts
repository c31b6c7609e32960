/**
 * Dates, the one place: month names, ISO dates from parts, and dates as readers write
 * them ("March 2023", "10 March 2023"). Below the engine, the views and the import, so
 * all of them read and write dates the same way. Pure string work on ISO dates: no
 * Date parsing in the readers' forms, so no time zone can shift a day.
 */

/** Month names, January first. */
export const MONTHS = [
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

/** Month number (1-12) of a month name or its abbreviation ("Sept", "jan"), in any case; 0 for none. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(key)) + 1;
}

/** A real calendar date from whole-number parts (year 1990-2100) as ISO "YYYY-MM-DD", or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

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
