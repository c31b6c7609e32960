/**
 * The change summary a maintainer reviews after `npm run data:refresh` (and the
 * release copies into the changelog): each new report with every judgement read,
 * each authority whose latest grades changed (old -> new), each later-reports.csv
 * row now read from its PDF, each new ungraded event, and every disagreement or
 * parse failure. Pure: the two datasets in, Markdown lines out.
 */
import {
  FRAMEWORK_LABELS,
  FRAMEWORKS,
  type Dataset,
  type Inspection,
  type InspectionEvent,
  type Judgement,
} from '../../../lib/data/schema';
import { EVENT_LABELS } from '../../../lib/data/events';
import { judgementValueWords, judgementWordsIn } from '../../../lib/ui/grades';
import { longDate } from '../../../lib/dates';

export interface ChangeInput {
  before: Dataset;
  after: Dataset;
  /** Provider pages read, and how many had changed since the last run. */
  pages: { read: number; changed: number };
  /** Import output lines about the new reports (DISAGREE, NOTE) and any failures. */
  problems: readonly string[];
}

function latestByAuthority(inspections: readonly Inspection[]): Map<string, Inspection> {
  const latest = new Map<string, Inspection>();
  for (const i of inspections) {
    const held = latest.get(i.authority);
    if (!held || i.published > held.published) latest.set(i.authority, i);
  }
  return latest;
}

function fieldwork(i: Inspection): string {
  if (i.fieldworkStart && i.fieldworkEnd) return `fieldwork ${longDate(i.fieldworkStart)} to ${longDate(i.fieldworkEnd)}`;
  return i.fieldworkStart ? `fieldwork from ${longDate(i.fieldworkStart)}` : 'fieldwork dates not recorded';
}

function judgements(i: Inspection): string {
  return FRAMEWORKS[i.framework]
    .flatMap((j: Judgement) => {
      const value = i.judgements[j];
      return value === undefined ? [] : [`${judgementWordsIn(i.framework, j).toLowerCase()}: ${judgementValueWords(value).toLowerCase()}`];
    })
    .join('; ');
}

/** "leaders: requires improvement -> good" for each judgement whose latest value changed. */
function gradeChanges(old: Inspection, now: Inspection): string[] {
  const keys = new Set<Judgement>([...FRAMEWORKS[old.framework], ...FRAMEWORKS[now.framework]]);
  const words = (i: Inspection, j: Judgement) => {
    const v = i.judgements[j];
    return v === undefined ? 'none (not in its framework)' : judgementValueWords(v).toLowerCase();
  };
  return [...keys].flatMap((j) => {
    const before = words(old, j);
    const after = words(now, j);
    return before === after ? [] : [`${judgementWordsIn(now.framework, j).toLowerCase()}: ${before} -> ${after}`];
  });
}

/** The summary, as Markdown lines. */
export function changeSummary(input: ChangeInput): string[] {
  const { before, after } = input;
  const name = new Map(after.authorities.map((a) => [a.id, a.name]));
  const who = (id: string) => name.get(id) ?? id;
  const oldByUrl = new Map(before.inspections.map((i) => [i.url, i]));
  const added = after.inspections.filter((i) => !oldByUrl.has(i.url));
  const replaced = after.inspections.filter((i) => oldByUrl.get(i.url)?.source.kind === 'unverified' && i.source.kind === 'report');
  const oldEvents = new Set((before.events ?? []).map((e) => e.url));
  const newEvents = (after.events ?? []).filter((e: InspectionEvent) => !oldEvents.has(e.url));
  const oldLatest = latestByAuthority(before.inspections);
  const changed = [...latestByAuthority(after.inspections)].flatMap(([id, now]) => {
    const old = oldLatest.get(id);
    if (
      !old ||
      (old.url === now.url && old.source.kind === now.source.kind && JSON.stringify(old.judgements) === JSON.stringify(now.judgements))
    )
      return [];
    const changes = gradeChanges(old, now);
    return changes.length === 0 ? [] : [`- ${who(id)} (report published ${longDate(now.published)}): ${changes.join('; ')}`];
  });

  const lines = [
    `Data up to ${longDate(after.asOf)} (was ${longDate(before.asOf)}). Provider pages read: ${input.pages.read}, changed since the last refresh: ${input.pages.changed}.`,
    '',
    `### New reports (${added.length + replaced.length})`,
    ...(added.length + replaced.length === 0 ? ['- none'] : []),
    ...[...added, ...replaced].map(
      (i) =>
        `- ${who(i.authority)}, published ${longDate(i.published)}: ${FRAMEWORK_LABELS[i.framework]}${i.kind ? `, ${i.kind}` : ''}, ${fieldwork(i)}. ${judgements(i)}. ${i.url}`,
    ),
    '',
    `### Latest grades changed (${changed.length})`,
    ...(changed.length === 0 ? ['- none'] : changed),
    '',
    `### later-reports.csv rows now read from the PDF (${replaced.length})`,
    ...(replaced.length === 0
      ? ['- none']
      : replaced.map((i) => `- ${who(i.authority)}, published ${longDate(i.published)}: was unverified, now read from ${i.url}`)),
    '',
    `### New focused visits, monitoring visits and JTAIs (${newEvents.length})`,
    ...(newEvents.length === 0
      ? ['- none']
      : newEvents.map((e) => `- ${who(e.authority)}: ${EVENT_LABELS[e.kind].toLowerCase()}, published ${longDate(e.published)}. ${e.url}`)),
    '',
    `### Disagreements and parse failures (${input.problems.length})`,
    ...(input.problems.length === 0 ? ['- none'] : input.problems.map((p) => `- ${p}`)),
  ];
  return lines;
}
