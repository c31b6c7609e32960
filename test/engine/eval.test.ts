import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { evaluate, readLabels } from '../../tools/eval/run';
import { scoreArticle } from '../../tools/eval/score';
import type { Analysis } from '../../lib/engine/types';
import { fixtureDataset } from '../fixtures/dataset';

const root = join(import.meta.dirname, '..', '..');
const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const index = buildEngineIndex(fixtureDataset);

describe('evaluation over the fixture articles', () => {
  it('scores 100% on every figure against the fixture labels', () => {
    const result = evaluate(join(root, 'test/fixtures/articles'), readLabels(join(root, 'test/labels/fixtures.json')), index, parse);
    const problems = result.articles.flatMap((a) => a.problems.map((p) => `${a.file}: ${p}`)).concat(result.unmatched);
    expect(problems).toEqual([]);
    expect(result.articles).toHaveLength(10);
    expect(result.perfect).toBe(true);
  });
});

describe('scoring', () => {
  const analysis: Analysis = {
    published: { date: '2023-03-23', source: 'text' },
    mentions: [{ start: 0, end: 4, text: 'Kent', id: 'kent', notInspected: false }],
    claims: [
      {
        start: 10,
        end: 14,
        text: 'good',
        authority: 'kent',
        judgement: 'overall',
        grade: 'good',
        verdict: 'matches',
        inspection: { id: 'kent-2026-02-02', published: '2026-02-02', url: 'https://files.ofsted.gov.uk/v1/file/50294428' },
        supersededBy: null,
        suggestion: null,
        explanation: 'x',
        flags: [],
      },
    ],
  };

  it('counts a missed authority, an extra claim and a wrong verdict', () => {
    const score = scoreArticle('a.txt', analysis, {
      published: '2023-03-24',
      authorities: ['kent', 'essex'],
      claims: [{ authority: 'kent', judgement: 'overall', grade: 'good', verdict: 'superseded' }],
    });
    expect(score.counts.authorities).toEqual({ truePositive: 1, found: 1, expected: 2 });
    expect(score.counts.verdicts).toEqual({ correct: 0, scored: 1 });
    expect(score.counts.dates).toEqual({ correct: 0, scored: 1 });
    expect(score.problems).toEqual([
      'authority missed: essex',
      'verdict for kent overall good: expected superseded (any inspection), got matches (2026-02-02)',
      'date: expected 2023-03-24, got 2023-03-23 (text)',
    ]);
  });

  it('checks the inspection a label names', () => {
    const score = scoreArticle('a.txt', analysis, {
      authorities: ['kent'],
      claims: [{ authority: 'kent', judgement: 'overall', grade: 'good', verdict: 'matches', inspection: '2022-07-05' }],
    });
    expect(score.counts.verdicts.correct).toBe(0);
  });

  it('a labels file with a bad verdict is refused with its path', () => {
    expect(() => readLabels(join(root, 'package.json'))).toThrow(/package\.json/);
  });
});
