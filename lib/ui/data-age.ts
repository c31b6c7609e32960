/**
 * The one sentence every view (popup, card, command line) uses for how old the
 * data is: "Data up to 22 August 2026", and once it is over 30 days old,
 * "Data up to 22 August 2026, 102 days ago". Readers meet news about reports
 * the data cannot hold yet, so its age is said plainly rather than hidden.
 */
import { longDate } from '../dates';

/** Beyond this many days the age is spelled out. */
export const STALE_AFTER_DAYS = 30;

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from ISO date `from` to ISO date `to` (UTC, so no time zone shifts a day). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "Data up to 22 August 2026" or "Data up to 22 August 2026, 102 days ago". */
export function dataAgeLine(asOf: string, today: string = todayIso()): string {
  const days = daysFrom(asOf, today);
  const base = `Data up to ${longDate(asOf)}`;
  return Number.isFinite(days) && days > STALE_AFTER_DAYS ? `${base}, ${days} days ago` : base;
}
