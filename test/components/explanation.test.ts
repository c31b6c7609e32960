/** The verdict's plain words on cards and in the popup (issue 11, point 5). */
import { describe, expect, it } from 'vitest';
import { readerExplanation, verdictLabel } from '@/lib/ui/explanation';
import { latestLine } from '@/lib/ui/record-text';
import { summaryLine } from '@/lib/ui/claim-groups';
import type { Claim } from '@/lib/engine/types';
import type { AuthoritySummary, InspectionSummary } from '@/lib/messaging';

const F = 'https://files.ofsted.gov.uk/v1/file/';
const base: Claim = {
  start: 0,
  end: 4,
  text: 'good',
  authority: 'somerset',
  judgement: 'overall',
  grade: 'good',
  verdict: 'matches',
  inspection: { id: 'a', published: '2023-03-10', url: `${F}1` },
  supersededBy: null,
  suggestion: null,
  explanation: '',
  flags: [],
};
const inspection = (
  id: string,
  published: string,
  overall: InspectionSummary['judgements']['overall'],
  unverified = false,
): InspectionSummary => ({
  id,
  published,
  framework: 'ilacs_2023',
  judgements: { overall },
  url: `${F}${id}`,
  unverified,
});

describe('verdict wording', () => {
  it('never says "still the latest" beside "a newer report exists"', () => {
    const claim = {
      ...base,
      explanation:
        'Correct when published (March 2026). Still the latest. A newer report (25 August 2026) exists; its grades are not verified here.',
    };
    expect(readerExplanation(claim, {})).toBe(
      'Correct when published (March 2026). A newer report (25 August 2026) exists; its grades are not verified here.',
    );
    const alone = { ...base, explanation: 'Correct when published (March 2023). Still the latest.' };
    expect(readerExplanation(alone, {})).toBe('Correct when published (March 2023). Still the latest.');
  });

  it('says "still the same", not superseded, when the later report gave the same grade', () => {
    const claim: Claim = {
      ...base,
      verdict: 'superseded',
      supersededBy: { id: 'b', published: '2026-06-17', url: `${F}2` },
      explanation: 'Right in March 2023; superseded by the inspection published 17 June 2026 which gave the same grade (good).',
    };
    const inspections = { a: inspection('a', '2023-03-10', 'good'), b: inspection('b', '2026-06-17', 'good') };
    expect(verdictLabel(claim, inspections)).toBe('Right, and still the same');
    expect(readerExplanation(claim, inspections)).toBe(
      'Right in March 2023, and still the same: the next report (17 June 2026) gave good too.',
    );
    expect(summaryLine([{ claim, sentence: '' }], inspections)).toBe('1 claim: 0 need attention, 1 right, 0 superseded');
    const changed = { ...inspections, b: inspection('b', '2026-06-17', 'inadequate') };
    expect(verdictLabel(claim, changed)).toBe('Was right, since superseded');
    expect(readerExplanation(claim, changed)).toBe(claim.explanation);
  });

  it('gives the last graded result when the latest report has no overall grade or unverified grades', () => {
    const summary = (latest: InspectionSummary): AuthoritySummary => ({
      kind: 'authority',
      id: 'hertfordshire',
      name: 'Hertfordshire County Council',
      shortName: 'Hertfordshire',
      latest,
      lastGraded: { grade: 'outstanding', published: '2023-03-10' },
      ofstedPage: null,
      abolished: null,
    });
    expect(latestLine(summary({ ...inspection('n', '2026-08-25', undefined), framework: 'ilacs_2026', judgements: {} }))).toBe(
      'Latest report published 25 August 2026. No overall grade: Ofsted stopped giving one in April 2026. Latest overall grade: Outstanding, March 2023.',
    );
    expect(latestLine(summary(inspection('u', '2026-08-25', 'good', true)))).toBe(
      'Latest grade: Good overall, report published 25 August 2026. Grades not checked against the report. Latest overall grade: Outstanding, March 2023.',
    );
    expect(latestLine(summary(inspection('v', '2023-03-10', 'outstanding')))).toBe(
      'Latest grade: Outstanding overall, report published 10 March 2023.',
    );
  });
});
