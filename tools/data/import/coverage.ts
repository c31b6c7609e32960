/**
 * The coverage report over the dataset: what is held, what is missing, and
 * anything unusual a reader of the data should know about.
 */
import { FRAMEWORKS, type Dataset, type Framework } from '../../../lib/data/schema';
import { daysBetween } from './dates';

/** Publication more than this many days after fieldwork ends is flagged. */
const LATE_PUBLICATION_DAYS = 100;

/** The report's lines, ready to print. */
export function coverageReport(dataset: Dataset): string[] {
  const out: string[] = [];
  const { authorities, inspections } = dataset;
  const current = authorities.filter((a) => a.abolished === null);
  out.push(`Dataset as of ${dataset.asOf}`);
  out.push(`Authorities: ${authorities.length} (${current.length} current, ${authorities.length - current.length} predecessors)`);
  out.push(`Inspections: ${inspections.length}`);
  for (const kind of ['report', 'curated', 'unverified'] as const) {
    out.push(`  source ${kind}: ${inspections.filter((i) => i.source.kind === kind).length}`);
  }

  out.push('', 'Reports per framework');
  for (const f of Object.keys(FRAMEWORKS) as Framework[]) {
    const n = inspections.filter((i) => i.framework === f).length;
    out.push(`  ${f.padEnd(22)} ${String(n).padStart(4)}`);
  }

  out.push('', 'Reports per year of publication');
  const years = new Map<string, number>();
  for (const i of inspections) years.set(i.published.slice(0, 4), (years.get(i.published.slice(0, 4)) ?? 0) + 1);
  for (const [year, n] of [...years].sort()) out.push(`  ${year} ${String(n).padStart(4)}`);

  out.push('', 'Authorities with no report');
  const held = new Set(inspections.map((i) => i.authority));
  const none = authorities.filter((a) => !held.has(a.id));
  if (none.length === 0) out.push('  none');
  for (const a of none) {
    out.push(
      `  ${a.id}${a.abolished ? ` (abolished ${a.abolished}; successors ${a.successors.join(', ')})` : ' (CURRENT: needs a report)'}`,
    );
  }

  out.push('', 'Unusual');
  const unusual: string[] = [];
  for (const i of inspections) {
    if (i.fieldworkStart && i.fieldworkEnd) {
      const days = daysBetween(i.fieldworkStart, i.fieldworkEnd);
      if (i.kind === 'short' && days !== 4)
        unusual.push(`${i.id}: short fieldwork of ${days + 1} days (${i.fieldworkStart} to ${i.fieldworkEnd})`);
      if (i.kind === 'standard' && days !== 11)
        unusual.push(`${i.id}: standard fieldwork of ${days + 1} days (${i.fieldworkStart} to ${i.fieldworkEnd})`);
      if (days === 0) unusual.push(`${i.id}: one fieldwork date only (${i.fieldworkStart})`);
      const late = daysBetween(i.fieldworkEnd, i.published);
      if (late > LATE_PUBLICATION_DAYS) unusual.push(`${i.id}: published ${late} days after fieldwork ended`);
    }
    if (i.source.kind === 'unverified') unusual.push(`${i.id}: unverified (${i.source.note})`);
    if (i.source.kind === 'curated') unusual.push(`${i.id}: curated (${i.source.citation.slice(0, 120)}...)`);
    for (const [j, v] of Object.entries(i.judgements)) {
      if (v === 'not_judged') unusual.push(`${i.id}: ${j} not judged`);
      if (v === 'unknown' && i.source.kind !== 'unverified') unusual.push(`${i.id}: ${j} unknown`);
    }
  }
  if (unusual.length === 0) out.push('  nothing');
  for (const line of unusual) out.push(`  ${line}`);
  return out;
}
