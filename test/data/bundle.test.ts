import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDataset, encodeDataset } from '../../lib/data/bundle';
import { Authority, CouncilNotInspected, type Dataset } from '../../lib/data/schema';
import { assembleDataset } from '../../lib/data/validate';
import { fixtureContents, fixtureReportInspections } from './fixtures';

const fixture = assembleDataset(fixtureContents());
const realNames = {
  authorities: Authority.array().parse(
    (JSON.parse(readFileSync('seeds/authorities.json', 'utf8')) as { authorities: unknown }).authorities,
  ),
  councilsNotInspected: CouncilNotInspected.array().parse(
    (JSON.parse(readFileSync('seeds/councils-not-inspected.json', 'utf8')) as { councilsNotInspected: unknown }).councilsNotInspected,
  ),
};
const roundTrip = (dataset: Dataset) => decodeDataset(JSON.parse(JSON.stringify(encodeDataset(dataset))));

describe('the compact bundled form', () => {
  it('decodes back to exactly the dataset it encoded', () => {
    expect(roundTrip(fixture)).toStrictEqual(fixture);
  });

  it('round-trips every real authority and council, their links and names', () => {
    const dataset: Dataset = { asOf: '2026-08-22', ...realNames, inspections: [] };
    expect(roundTrip(dataset)).toStrictEqual(dataset);
  });

  it('keeps unusual report addresses, ids, curated sources and a missing ambiguousAliases as they were', () => {
    const [first] = fixtureReportInspections();
    const odd: Dataset = {
      ...fixture,
      authorities: fixture.authorities.map(({ ambiguousAliases: _, ...rest }) => rest),
      inspections: [
        ...fixture.inspections.filter((i) => i.id !== first?.id),
        {
          ...first!,
          id: 'brackenshire-x-2013-03-08',
          url: 'https://example.org/a.pdf?x=1&y=2',
          source: { kind: 'curated', citation: 'Ofsted annual report 2013, page 4' },
        },
      ],
    };
    expect(roundTrip(odd)).toStrictEqual(odd);
  });

  it('round-trips any judgement values the framework allows', () => {
    const value = fc.constantFrom('outstanding', 'good', 'requires_improvement', 'inadequate', 'not_judged', 'unknown' as const);
    fc.assert(
      fc.property(fc.tuple(value, value, value, value, value), ([a, b, c, d, e]) => {
        const dataset: Dataset = {
          ...fixture,
          inspections: fixture.inspections.map((i) =>
            i.framework === 'ilacs_2023'
              ? { ...i, judgements: { overall: a, leaders: b, help_protection: c, in_care: d, care_leavers: e } }
              : i,
          ),
        };
        expect(roundTrip(dataset)).toStrictEqual(dataset);
      }),
      { numRuns: 50 },
    );
  });

  it('is much smaller than the dataset as JSON', () => {
    for (const dataset of [fixture, { asOf: '2026-08-22', ...realNames, inspections: [] }]) {
      const raw = JSON.stringify(dataset).length;
      const compact = JSON.stringify(encodeDataset(dataset));
      expect(compact.length).toBeLessThan(raw * 0.7);
      expect(gzipSync(compact).length).toBeLessThan(compact.length / 2);
    }
  });

  it('refuses a damaged bundle loudly', () => {
    const compact = encodeDataset(fixture);
    expect(() => decodeDataset({ ...compact, v: 99 })).toThrow();
    const badLetters = structuredClone(compact);
    badLetters.i[0]![6] = 'zz';
    expect(() => decodeDataset(badLetters)).toThrow(/judgement letters/);
    const badIndex = structuredClone(compact);
    badIndex.i[0]![0] = 99;
    expect(() => decodeDataset(badIndex)).toThrow(/no authority at index 99/);
  });
});
