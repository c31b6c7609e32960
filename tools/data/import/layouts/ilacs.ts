/** The ILACS layouts (2018 on): one judgement table on page 1, dates that pick the framework. */
import { FRAMEWORKS, type Framework, type Judgement, type JudgementValue } from '../../../../lib/data/schema';
import { compact } from '../grades';
import { type ExtractedText } from '../pdf-text';
import { readTableRows } from '../table';
import { pageLines, readFieldwork, kindFromFieldwork, ILACS_2026_FROM, ILACS_2023_FROM, type ParseOutcome } from './common';

/** Maps an ILACS table label to its judgement; `combined` marks the 2018 in-care-and-care-leavers row. */
function ilacsJudgement(label: string): { judgement: Judgement; combined: boolean } | null {
  const c = compact(label);
  if (c.includes('overalleffectiveness')) return { judgement: 'overall', combined: false };
  if (c.includes('impactofleaders')) return { judgement: 'leaders', combined: false };
  if (c.includes('helpandprotection')) return { judgement: 'help_protection', combined: false };
  if (c.includes('childrenincareandcareleavers')) return { judgement: 'in_care', combined: true };
  if (c.includes('careleavers')) return { judgement: 'care_leavers', combined: false };
  if (c.includes('childrenincare')) return { judgement: 'in_care', combined: false };
  return null;
}

const ILACS_ANCHOR = /^(the impact|the experiences|overall effectiveness)/i;

/** An ILACS report (2018, 2023 and 2026 layouts): page 1's judgement table and dates. */
export function parseIlacs(text: ExtractedText): ParseOutcome {
  const first = pageLines(text, 1);
  const missing: string[] = [];
  const notes: string[] = [];
  const fieldwork = readFieldwork(first);
  if (!fieldwork) missing.push('fieldwork dates ("Inspection dates: ...")');
  const header = first.findIndex((l) => compact(l.text) === 'judgementgrade');
  const gradeItem = first[header]?.items.find((i) => /^\s*grade\s*$/i.test(i.text));
  const rows = gradeItem ? readTableRows(first, header + 1, gradeItem.x, (label) => ILACS_ANCHOR.test(label)) : [];
  const judgements: Partial<Record<Judgement, JudgementValue>> = {};
  const evidence: Partial<Record<Judgement, string>> = {};
  let combined = false;
  for (const row of rows) {
    const j = ilacsJudgement(row.label);
    const complete = (['leaders', 'help_protection', 'in_care'] as const).every((k) => judgements[k] !== undefined);
    // Whatever follows a complete table is the report's opening paragraph.
    if (complete && (j === null || (j.judgement !== 'overall' && j.judgement !== 'care_leavers') || row.grade === null)) break;
    if (!j) {
      missing.push(`a judgement for the table row "${row.label}"`);
      continue;
    }
    if (row.grade === null) {
      missing.push(`a grade for "${row.label}" (the grade column reads "${row.gradeText}")`);
      continue;
    }
    if (judgements[j.judgement] !== undefined) missing.push(`a single row for ${j.judgement} (found two)`);
    judgements[j.judgement] = row.grade;
    evidence[j.judgement] = `${row.label}: ${row.gradeText}`;
    combined ||= j.combined;
  }
  const framework: Framework = combined ? 'ilacs_2018' : judgements.overall === undefined ? 'ilacs_2026' : 'ilacs_2023';
  for (const j of FRAMEWORKS[framework]) {
    if (judgements[j] === undefined) missing.push(`the "${j}" row of the judgement table`);
  }
  if (!fieldwork || missing.length > 0) return { status: 'failed', missing };
  // The layout decides the framework; the dates must agree with it, or the report is odd enough to stop for.
  const byDate: Framework =
    fieldwork.start >= ILACS_2026_FROM ? 'ilacs_2026' : fieldwork.start >= ILACS_2023_FROM ? 'ilacs_2023' : 'ilacs_2018';
  if (byDate !== framework) {
    if (framework === 'ilacs_2026' || byDate === 'ilacs_2026') {
      return {
        status: 'failed',
        missing: [`a layout matching the fieldwork dates (${fieldwork.words} suggests ${byDate}, the table is ${framework})`],
      };
    }
    notes.push(`fieldwork ${fieldwork.words}; the judgement table uses the ${framework} layout`);
  }
  return {
    status: 'parsed',
    report: {
      framework,
      kind: kindFromFieldwork(fieldwork.start, fieldwork.firstEnd),
      fieldworkStart: fieldwork.start,
      fieldworkEnd: fieldwork.end,
      fieldworkWords: fieldwork.words,
      published: null,
      publishedWords: null,
      judgements,
      evidence,
      notes,
    },
  };
}
