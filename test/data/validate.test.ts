import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeedError } from '../../lib/data/errors';
import { loadSeeds } from '../../tools/data/load';
import type { Authority, Inspection } from '../../lib/data/schema';
import { assembleDataset, type SeedContents } from '../../lib/data/validate';
import {
  fixtureAuthorities,
  fixtureContents,
  fixtureCouncils,
  fixtureCuratedInspections,
  fixtureReportInspections,
  writeFixtureSeeds,
} from './fixtures';

function contentsWith(change: {
  authorities?: (list: Authority[]) => unknown[];
  inspections?: (list: Inspection[]) => unknown[];
  curated?: (list: Inspection[]) => unknown[];
}): SeedContents {
  const base = fixtureContents();
  return {
    authorities: { ...base.authorities, json: (change.authorities ?? ((x) => x))(fixtureAuthorities()) },
    councilsNotInspected: { ...base.councilsNotInspected, json: fixtureCouncils() },
    inspections: [
      { file: 'seeds/inspections.json', json: (change.inspections ?? ((x) => x))(fixtureReportInspections()) },
      { file: 'seeds/curated/inspections.json', json: (change.curated ?? ((x) => x))(fixtureCuratedInspections()) },
    ],
  };
}

function messageOf(contents: SeedContents): string {
  try {
    assembleDataset(contents);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as Error).message;
  }
  throw new Error('the seeds were accepted');
}

const editInspection = (id: string, edit: (record: Record<string, unknown>) => void) => (list: Inspection[]) =>
  list.map((record) => {
    if (record.id !== id) return record;
    const copy = structuredClone(record) as unknown as Record<string, unknown>;
    edit(copy);
    return copy;
  });

describe('assembling the dataset from seeds', () => {
  it('accepts valid seeds, merges both inspection files and stamps asOf with the newest publication', () => {
    const dataset = assembleDataset(fixtureContents());
    expect(dataset.asOf).toBe('2026-08-25');
    expect(dataset.inspections).toHaveLength(8);
    expect(dataset.authorities.map((a) => a.id)).toEqual(['amberley', 'brackenshire', 'coldwater', 'fen-county-council']);
    expect(dataset.councilsNotInspected).toHaveLength(2);
  });

  it.each([
    [
      'a grade the framework does not use',
      contentsWith({
        inspections: editInspection(
          'brackenshire-2023-03-10',
          (r) => ((r['judgements'] as Record<string, string>)['overall'] = 'adequate'),
        ),
      }),
      'seeds/inspections.json: record "brackenshire-2023-03-10" field judgements.overall: "adequate" is not a grade in ilacs_2023',
    ],
    [
      'fieldwork ending before it starts',
      contentsWith({ inspections: editInspection('coldwater-2022-05-20', (r) => (r['fieldworkEnd'] = '2022-03-01')) }),
      'seeds/inspections.json: record "coldwater-2022-05-20" field fieldworkEnd: fieldwork ends before it starts',
    ],
    [
      'an overall grade on an ilacs_2026 inspection',
      contentsWith({
        inspections: editInspection('amberley-2026-06-05', (r) => ((r['judgements'] as Record<string, string>)['overall'] = 'good')),
      }),
      'seeds/inspections.json: record "amberley-2026-06-05" field judgements.overall: ilacs_2026 defines no "overall" judgement',
    ],
    [
      'a judgement the framework defines left out',
      contentsWith({
        inspections: editInspection('coldwater-2022-05-20', (r) => delete (r['judgements'] as Record<string, string>)['leaders']),
      }),
      'seeds/inspections.json: record "coldwater-2022-05-20" field judgements.leaders: ilacs_2018 defines "leaders"',
    ],
    [
      'an inspection of an unknown authority',
      contentsWith({
        curated: (list) => [
          ...list,
          { ...fixtureReportInspections()[5], id: 'nowhere-2022-05-20', authority: 'nowhere', url: 'https://example.org/r/1' },
        ],
      }),
      'seeds/curated/inspections.json: record "nowhere-2022-05-20" field authority: unknown authority "nowhere"',
    ],
    [
      'the same report recorded twice',
      contentsWith({ curated: (list) => [...list, { ...fixtureReportInspections()[1], id: 'brackenshire-2018-09-21' }] }),
      'seeds/curated/inspections.json: record "brackenshire-2018-09-21" field id: duplicate inspection id (also in seeds/inspections.json)',
    ],
    [
      'two records with one report address',
      contentsWith({ inspections: editInspection('coldwater-2022-05-20', (r) => (r['url'] = fixtureReportInspections()[0]?.url)) }),
      'seeds/inspections.json: record "coldwater-2022-05-20" field url: duplicate report address (also "brackenshire-2013-03-08")',
    ],
    [
      'an inspection published after its authority was abolished',
      contentsWith({
        inspections: editInspection(
          'fen-county-council-2017-02-03',
          (r) => ((r['published'] = '2021-06-04'), (r['id'] = 'fen-county-council-2021-06-04')),
        ),
      }),
      'seeds/inspections.json: record "fen-county-council-2021-06-04" field published: "fen-county-council" was abolished on 2021-04-01',
    ],
    [
      'a current authority without any inspection',
      contentsWith({ inspections: (list) => list.filter((i) => i.authority !== 'coldwater') }),
      'seeds/authorities.json: record "coldwater": a current authority must have at least one inspection in the inspection seeds',
    ],
    [
      'a successor link not mirrored',
      contentsWith({ authorities: (list) => list.map((a) => (a.id === 'coldwater' ? { ...a, predecessors: [] } : a)) }),
      'seeds/authorities.json: record "fen-county-council" field successors[0]: "coldwater" does not list "fen-county-council" among its predecessors',
    ],
    [
      'an unknown statistical neighbour',
      contentsWith({
        authorities: (list) => list.map((a) => (a.id === 'amberley' ? { ...a, statisticalNeighbours: ['brackenshire', 'atlantis'] } : a)),
      }),
      'seeds/authorities.json: record "amberley" field statisticalNeighbours[1]: unknown authority "atlantis"',
    ],
    [
      'a current authority without its URN',
      contentsWith({ authorities: (list) => list.map((a) => (a.id === 'amberley' ? { ...a, urn: null, ofstedPage: null } : a)) }),
      'seeds/authorities.json: record "amberley" field urn: a current authority must have its Ofsted URN',
    ],
    [
      'one name for two unrelated authorities',
      contentsWith({ authorities: (list) => list.map((a) => (a.id === 'amberley' ? { ...a, aliases: ['Brackens'] } : a)) }),
      'seeds/authorities.json: record "brackenshire" field aliases: the name "brackens" also belongs to "amberley"',
    ],
  ])('rejects %s, naming the file, record and field', (_, contents, expected) => {
    expect(messageOf(contents)).toContain(expected);
  });

  it('lets a predecessor and its successor share a name', () => {
    const contents = contentsWith({
      authorities: (list) => list.map((a) => (a.id === 'fen-county-council' ? { ...a, aliases: ['Coldwater'] } : a)),
    });
    expect(() => assembleDataset(contents)).not.toThrow();
  });

  it('lists every problem, not only the first', () => {
    const contents = contentsWith({
      inspections: (list) =>
        editInspection('coldwater-2022-05-20', (r) => (r['fieldworkEnd'] = '2022-03-01'))(list).concat([{ id: 'broken' }] as never[]),
    });
    const error = (() => {
      try {
        assembleDataset(contents);
      } catch (e) {
        return e as SeedError;
      }
      throw new Error('accepted');
    })();
    expect(error.issues.map((i) => i.record)).toEqual(expect.arrayContaining(['coldwater-2022-05-20', 'broken']));
    expect(error.message).toMatch(/^\d+ problems in the seeds:/);
  });
});

describe('loadSeeds', () => {
  it('reads a seeds folder into the dataset', () => {
    const dataset = loadSeeds(writeFixtureSeeds());
    expect(dataset.asOf).toBe('2026-08-25');
    expect(dataset.inspections.map((i) => i.id)).toContain('brackenshire-2026-08-25');
  });

  it('fails loudly when a seed file is missing', () => {
    const dir = writeFixtureSeeds();
    rmSync(join(dir, 'curated', 'inspections.json'));
    expect(() => loadSeeds(dir)).toThrow('seeds/curated/inspections.json: the file is missing (run npm run data:import)');
  });

  it('names the file that is not JSON', () => {
    const dir = writeFixtureSeeds();
    writeFileSync(join(dir, 'inspections.json'), '{ "inspections": [');
    expect(() => loadSeeds(dir)).toThrow(/^seeds\/inspections\.json: not valid JSON/);
  });

  it('rejects a file that is neither a list nor an object holding one', () => {
    const dir = writeFixtureSeeds();
    writeFileSync(join(dir, 'inspections.json'), JSON.stringify({ records: [] }));
    expect(() => loadSeeds(dir)).toThrow('seeds/inspections.json: expected an array of records');
  });
});
