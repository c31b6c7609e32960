/**
 * Reading a judgement table laid out in two columns (label left, grade right)
 * from positioned lines. A row's label often wraps over two or three lines and
 * its grade (itself sometimes wrapped: "Requires / improvement to be / good")
 * sits level with any of them, so rows are anchored on the line that starts a
 * label ("1. Children who...", "The impact of leaders..."), label lines that
 * follow belong to that row, and grade-only lines go to the row whose label
 * block is vertically nearest.
 */
import type { TextLine } from './pdf-text';
import { joinItems } from './pdf-text';
import { readGrade } from './grades';
import type { JudgementValue } from '../../../lib/data/schema';

/** One row of a judgement table. */
export interface TableRow {
  /** The label column's text, lines joined. */
  readonly label: string;
  /** The grade column's text, lines joined top to bottom. */
  readonly gradeText: string;
  /** null when the grade column's words are not a grade. */
  readonly grade: JudgementValue | null;
}

/** Label continuation lines sit closer than this to the line above. */
const CONTINUATION_GAP = 20;
/** Grade-only lines (a wrapped grade) may sit this far below the line above. */
const GRADE_LINE_GAP = 48;
const GRADE_START = /^\s*(good|requires?|inadequate|outstanding|adequate|not\s|improvement|be good|to be)/i;

interface Split {
  readonly line: TextLine;
  readonly label: string;
  readonly grade: string;
}

function split(line: TextLine, gradeX: number): Split {
  const left = line.items.filter((i) => i.x < gradeX - 6);
  const right = line.items.filter((i) => i.x >= gradeX - 6);
  return { line, label: joinItems(left), grade: joinItems(right) };
}

/**
 * Reads rows from `start` while lines look like table lines. `isAnchor` says
 * whether a label starts a new row.
 */
export function readTableRows(lines: readonly TextLine[], start: number, gradeX: number, isAnchor: (label: string) => boolean): TableRow[] {
  const first = lines[start];
  if (!first) return [];
  const rows: { top: number; bottom: number; labels: string[]; grades: { y: number; text: string }[] }[] = [];
  const floating: { y: number; text: string }[] = [];
  let prevY: number | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.page !== first.page) break;
    if (/^\d{1,3}$/.test(line.text)) continue; // footnote markers and page numbers
    const s = split(line, gradeX);
    const gap = prevY === null ? 0 : prevY - line.y;
    const current = rows[rows.length - 1];
    // A paragraph that happens to start like a label runs across the grade column.
    if (s.grade !== '' && !GRADE_START.test(s.grade) && !GRADE_START.test(s.grade.replace(/^\S+\s/, ''))) break;
    if (s.label !== '' && isAnchor(s.label)) {
      rows.push({ top: line.y, bottom: line.y, labels: [s.label], grades: [] });
      if (s.grade) rows[rows.length - 1]?.grades.push({ y: line.y, text: s.grade });
    } else if (s.label !== '' && current && gap < CONTINUATION_GAP) {
      current.labels.push(s.label);
      current.bottom = line.y;
      if (s.grade) current.grades.push({ y: line.y, text: s.grade });
    } else if (s.label === '' && GRADE_START.test(s.grade) && gap < GRADE_LINE_GAP) {
      floating.push({ y: line.y, text: s.grade });
    } else {
      break;
    }
    prevY = line.y;
  }
  for (const g of floating) {
    let best: (typeof rows)[number] | undefined;
    let bestDistance = Infinity;
    for (const row of rows) {
      const d = Math.abs((row.top + row.bottom) / 2 - g.y);
      if (d < bestDistance) {
        best = row;
        bestDistance = d;
      }
    }
    best?.grades.push(g);
  }
  return rows.map((row) => {
    const gradeText = [...row.grades]
      .sort((a, b) => b.y - a.y)
      .map((g) => g.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { label: row.labels.join(' ').replace(/\s+/g, ' ').trim(), gradeText, grade: readGrade(gradeText) };
  });
}

/** The lowest x at which a grade's words start among `lines` (to the right of `minX`). */
export function gradeColumnX(lines: readonly TextLine[], minX = 250): number | null {
  let best: number | null = null;
  for (const line of lines) {
    line.items.forEach((item, k) => {
      if (item.x < minX) return;
      const rest = joinItems(line.items.slice(k));
      if (/^(good|requires?|inadequate|outstanding|adequate|not judged)/i.test(rest)) {
        best = best === null ? item.x : Math.min(best, item.x);
      }
    });
  }
  return best;
}
