/** The 2009-2013 layouts: overall effectiveness and capacity to improve, graded 1-4, on pages 4 to 8. */
import { type Framework, type JudgementValue } from '../../../../lib/data/schema';
import { leadingGrade } from '../grades';
import { type ExtractedText } from '../pdf-text';
import { pageLines, readFieldwork, readPublished, type Lines, type ParseOutcome } from './common';

/** "Overall effectiveness ... Grade 3 (adequate)" in the 2009-2013 layouts. */
function readGradeAfter(lines: Lines, heading: RegExp): { grade: JudgementValue; words: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !heading.test(line.text) || /\d+\s*$/.test(line.text)) continue;
    for (let k = i; k < Math.min(lines.length, i + 5); k++) {
      const m = /grade\s*([1-4])\s*\(\s*([a-z ]+)\)/i.exec(lines[k]?.text ?? '');
      if (!m) continue;
      const grade = leadingGrade(m[2] ?? '');
      if (grade === 'requires_improvement' || grade === null) continue;
      return { grade, words: `${line.text.trim()}: ${m[0]}` };
    }
  }
  return null;
}

/** A 2009-2013 report (looked after children, child protection, safeguarding and looked after children). */
export function parseEarlier(text: ExtractedText, framework: Framework): ParseOutcome {
  const first = pageLines(text, 1);
  const missing: string[] = [];
  const fieldwork = readFieldwork(first);
  if (!fieldwork) missing.push('fieldwork dates ("Inspection dates: ...")');
  const printed = readPublished(first);
  const body = text.lines.filter((l) => l.page >= 2);
  const overall = readGradeAfter(body, /^overall effectiveness/i);
  const capacity = readGradeAfter(body, /^capacity to improve/i);
  if (!overall || !capacity) {
    const unread = [4, 5, 6, 7, 8, 9, 10].filter((p) => p <= text.pageCount && !text.pagesRead.includes(p));
    if (unread.length > 0) return { status: 'need-pages', pages: unread };
  }
  if (!overall) missing.push('the overall effectiveness grade ("Grade n (...)")');
  if (!capacity) missing.push('the capacity to improve grade ("Grade n (...)")');
  if (!fieldwork || !overall || !capacity) return { status: 'failed', missing };
  return {
    status: 'parsed',
    report: {
      framework,
      kind: null,
      fieldworkStart: fieldwork.start,
      fieldworkEnd: fieldwork.end,
      fieldworkWords: fieldwork.words,
      published: printed?.date ?? null,
      publishedWords: printed?.words ?? null,
      judgements: { overall: overall.grade, capacity_to_improve: capacity.grade },
      evidence: { overall: overall.words, capacity_to_improve: capacity.words },
      notes: [],
    },
  };
}
