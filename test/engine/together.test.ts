import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import type { Analysis } from '../../lib/engine/types';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const summary = (a: Analysis): string[] =>
  a.claims.map(
    (c) =>
      `${c.authority} ${c.judgement} ${c.grade} ${c.verdict}${c.suggestion ? ` -> ${c.suggestion.authority} ${c.inspection?.published}` : ''}`,
  );

describe('claims from one report are judged together', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a confusable authority’s report explains every claim of the sentence, the named one’s record for that month none',
      'Hertfordshire County Council’s children’s services are rated outstanding by Ofsted.\nHertfordshire was judged good, with outstanding leadership, in a report published in January 2026.',
      '2026-03-02',
      [
        'hertfordshire overall outstanding superseded',
        'hertfordshire overall good wrong_authority -> herefordshire 2026-01-12',
        'hertfordshire leaders outstanding wrong_authority -> herefordshire 2026-01-12',
      ],
    ],
    [
      'a publication month with no report of the named authority but one of a confusable authority',
      'Hertfordshire’s leadership was rated outstanding by Ofsted in a report published in January 2026.',
      '2026-03-02',
      ['hertfordshire leaders outstanding wrong_authority -> herefordshire 2026-01-12'],
    ],
    [
      '“its January 2026 report” names a publication month too',
      'In its January 2026 report, Ofsted rated Hertfordshire’s leadership outstanding.',
      '2026-03-02',
      ['hertfordshire leaders outstanding wrong_authority -> herefordshire 2026-01-12'],
    ],
    [
      'the named authority’s own report of that month wins',
      'Herefordshire was judged good, with outstanding leadership, in a report published in January 2026.',
      '2026-03-02',
      ['herefordshire overall good matches', 'herefordshire leaders outstanding matches'],
    ],
    [
      'a visit month is not a publication month: the report of that visit is meant',
      'Hertfordshire’s children’s services were rated outstanding by Ofsted after inspectors visited in January 2023.',
      '2023-04-01',
      ['hertfordshire overall outstanding superseded'],
    ],
    [
      'claims the confusable report does not all explain are judged one by one',
      'Hertfordshire was judged good, with inadequate leadership, in a report published in January 2026.',
      '2026-03-02',
      ['hertfordshire overall good wrong_authority -> herefordshire 2026-01-12', 'hertfordshire leaders inadequate unclear'],
    ],
    [
      'two authorities in one sentence are two groups',
      'Ofsted rated Herefordshire good in January 2026, while Hertfordshire was rated outstanding.',
      '2026-03-02',
      ['herefordshire overall good matches', 'hertfordshire overall outstanding superseded'],
    ],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(analyse(text, { published }, index))).toEqual(expected);
  });

  it('gives every claim of the group the same suggestion, each with its own judgement in the reason', () => {
    const a = analyse(
      'Hertfordshire was judged good, with outstanding leadership, in a report published in January 2026.',
      { published: '2026-03-02' },
      index,
    );
    expect(a.claims.map((c) => [c.suggestion?.authority, c.inspection?.id])).toEqual([
      ['herefordshire', 'herefordshire-2026-01-12'],
      ['herefordshire', 'herefordshire-2026-01-12'],
    ]);
    expect(a.claims.map((c) => c.suggestion?.reason.replace(/^.*report of 12 January 2026 /, ''))).toEqual([
      'rated overall effectiveness good.',
      'rated impact of leaders outstanding.',
    ]);
    expect(a.claims.every((c) => c.explanation === "This grade belongs to Herefordshire's January 2026 report, not Hertfordshire's.")).toBe(
      true,
    );
  });
});

describe('claims naming the same time are one report, across sentences', () => {
  it.each<[string, string, string[]]>([
    [
      'the same month named twice: the confusable authority’s report of that month explains both',
      'Hertfordshire was judged good in January 2026.\nHertfordshire’s leadership was judged outstanding in January 2026.',
      [
        'hertfordshire overall good wrong_authority -> herefordshire 2026-01-12',
        'hertfordshire leaders outstanding wrong_authority -> herefordshire 2026-01-12',
      ],
    ],
    [
      'different times are different reports',
      'Hertfordshire was judged good in November 2018.\nHertfordshire’s leadership was judged outstanding in March 2023.',
      ['hertfordshire overall good superseded', 'hertfordshire leaders outstanding superseded'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(analyse(text, { published: '2026-03-02' }, index))).toEqual(expected);
  });
});
