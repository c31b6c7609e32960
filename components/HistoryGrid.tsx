/**
 * The judgement history at a glance, above the full list: inspections as columns
 * (oldest to newest, date and framework), judgements as rows, each cell the grade's
 * colour and initial. A real table, so a screen reader reads it cell by cell with
 * its headers (the initials carry the full grade as text for it).
 */
import type { AuthorityHistory } from '@/lib/messaging';
import { JUDGEMENTS, type Framework, type Inspection, type JudgementValue } from '@/lib/data/schema';
import { GRADE_COLOURS, JUDGEMENT_WORDS, judgementValueWords } from '@/lib/ui/grades';
import { monthYear } from '@/lib/dates';

/** What fits a column head: the framework in a word or two. */
const FRAMEWORK_SHORT: Record<Framework, string> = {
  ilacs_2018: 'ILACS 2018',
  ilacs_2023: 'ILACS 2023',
  ilacs_2026: 'ILACS 2026',
  sif: 'SIF',
  child_protection_2012: 'Child protection',
  looked_after_2012: 'Looked after',
  safeguarding_lac_2009: 'Safeguarding',
};

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2023": column heads stay narrow, so a popup shows five inspections side by side. */
function shortMonthYear(iso: string): string {
  return `${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}

const INITIALS: Record<JudgementValue, string> = {
  outstanding: 'O',
  good: 'G',
  requires_improvement: 'RI',
  adequate: 'A',
  inadequate: 'I',
  not_judged: 'NJ',
  unknown: '?',
};

function Cell({ value }: { value: JudgementValue | undefined }) {
  if (value === undefined) {
    return (
      <td class="grid-empty">
        <span aria-hidden="true">·</span>
        <span class="visually-hidden">No such judgement</span>
      </td>
    );
  }
  const colours = GRADE_COLOURS[value];
  return (
    <td>
      <span class="grid-cell" style={{ background: colours.bg, color: colours.fg }} title={judgementValueWords(value)}>
        <span aria-hidden="true">{INITIALS[value]}</span>
        <span class="visually-hidden">{judgementValueWords(value)}</span>
      </span>
    </td>
  );
}

export function HistoryGrid({ inspections }: { inspections: readonly Inspection[] }) {
  const columns = [...inspections].sort((a, b) => a.published.localeCompare(b.published));
  const rows = JUDGEMENTS.filter((j) => columns.some((i) => i.judgements[j] !== undefined));
  if (columns.length === 0 || rows.length === 0) return null;
  return (
    <div class="grid-scroll">
      <table class="grid">
        <caption>At a glance, oldest first</caption>
        <thead>
          <tr>
            <td />
            {columns.map((i) => (
              <th scope="col" key={i.id}>
                <abbr title={monthYear(i.published)}>{shortMonthYear(i.published)}</abbr>
                <br />
                <span class="grid-framework">{FRAMEWORK_SHORT[i.framework]}</span>
                {i.source.kind === 'unverified' && <span class="grid-framework"> (unverified)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((j) => (
            <tr key={j}>
              <th scope="row">{JUDGEMENT_WORDS[j]}</th>
              {columns.map((i) => (
                <Cell key={i.id} value={i.judgements[j]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The statistical neighbours' latest overall grades, in the same small cells. */
export function NeighboursGrid({
  neighbours,
  name,
}: {
  neighbours: AuthorityHistory['neighbours'];
  /** The neighbour's name as shown (a button to its history). */
  name(neighbour: { id: string; name: string }): preact.JSX.Element;
}) {
  if (neighbours.length === 0) return null;
  return (
    <div class="grid-scroll">
      <table class="grid grid-neighbours">
        <caption>Statistical neighbours at a glance: latest overall grade</caption>
        <thead>
          <tr>
            <th scope="col">Neighbour</th>
            <th scope="col">Overall</th>
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {neighbours.map((n) => (
            <tr key={n.id}>
              <th scope="row">{name(n)}</th>
              <Cell value={n.latest ? n.latest.judgements.overall : undefined} />
              <td class="muted">
                {n.latest
                  ? `${monthYear(n.latest.published)}${n.latest.judgements.overall === undefined ? ' (no overall grade from April 2026)' : ''}`
                  : 'None on record'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
