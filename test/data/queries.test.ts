import { describe, expect, it } from 'vitest';
import { queriesFor } from '../../lib/data/queries';
import type { Judgement } from '../../lib/data/schema';
import { assembleDataset } from '../../lib/data/validate';
import { fixtureContents } from './fixtures';

const dataset = assembleDataset(fixtureContents());
const q = queriesFor(dataset);

describe('dataset queries', () => {
  it('builds the index once per dataset', () => {
    expect(queriesFor(dataset)).toBe(q);
  });

  it('finds authorities by id, GSS code and exact name, case-insensitively', () => {
    expect(q.authority('amberley')?.name).toBe('Amberley Borough Council');
    expect(q.authority('nowhere')).toBeUndefined();
    expect(q.authorityByGss('E10999902')?.id).toBe('brackenshire');
    expect(q.authoritiesByName('BRACKENS').map((a) => a.id)).toEqual(['brackenshire']);
    expect(q.authoritiesByName('  brackenshire   county council ').map((a) => a.id)).toEqual(['brackenshire']);
    expect(q.authoritiesByName('Bracken')).toEqual([]);
  });

  it('tells a predecessor from its successor by date when they share a name', () => {
    const shared = { ...dataset, authorities: dataset.authorities.map((a) => (a.id === 'fen-county-council' ? { ...a, aliases: ['Coldwater'] } : a)) };
    const sq = queriesFor(shared);
    expect(sq.authoritiesByName('Coldwater').map((a) => a.id)).toEqual(['coldwater', 'fen-county-council']);
    expect(sq.authorityByName('Coldwater')?.id).toBe('coldwater');
    expect(sq.authorityByName('Coldwater', '2019-06-01')?.id).toBe('fen-county-council');
    expect(sq.authorityByName('Coldwater', '2021-04-01')?.id).toBe('coldwater');
  });

  it('lists an authority\'s inspections newest first', () => {
    expect(q.inspectionsOf('brackenshire').map((i) => i.published)).toEqual(['2026-08-25', '2023-03-10', '2018-09-21', '2013-03-08']);
    expect(q.latestInspection('brackenshire')?.id).toBe('brackenshire-2026-08-25');
    expect(q.inspectionsOf('nowhere')).toEqual([]);
  });

  it.each([
    ['brackenshire', '2013-03-07', undefined, undefined],
    ['brackenshire', '2013-03-08', undefined, 'brackenshire-2013-03-08'],
    ['brackenshire', '2020-01-01', undefined, 'brackenshire-2018-09-21'],
    ['brackenshire', '2023-03-09', 'overall', 'brackenshire-2018-09-21'],
    ['brackenshire', '2023-03-10', 'overall', 'brackenshire-2023-03-10'],
    ['brackenshire', '2026-09-01', undefined, 'brackenshire-2026-08-25'],
    // The 2026 record's grades are unknown, so the 2023 grades stay the latest known.
    ['brackenshire', '2026-09-01', 'leaders', 'brackenshire-2023-03-10'],
    // ILACS 2026 has no overall judgement: the 2019 overall grade is still the one in force.
    ['amberley', '2026-07-01', 'overall', 'amberley-2019-01-11'],
    ['amberley', '2026-07-01', 'leaders', 'amberley-2026-06-05'],
    ['amberley', '2026-07-01', undefined, 'amberley-2026-06-05'],
    ['coldwater', '2021-01-01', undefined, undefined],
  ] as const)('in force for %s on %s (judgement %s): %s', (authority, date, judgement, expected) => {
    expect(q.inspectionInForce(authority, date, judgement as Judgement | undefined)?.id).toBe(expected);
  });

  it('gives the grade in force for a judgement with the inspection that gave it', () => {
    expect(q.gradeInForce('amberley', '2026-07-01', 'overall')).toMatchObject({ grade: 'inadequate', inspection: { id: 'amberley-2019-01-11' } });
    expect(q.gradeInForce('brackenshire', '2014-01-01', 'overall')?.grade).toBe('adequate');
    expect(q.gradeInForce('coldwater', '2020-01-01', 'overall')).toBeUndefined();
  });

  it('finds the inspection that followed another', () => {
    const first = q.inspection('brackenshire-2018-09-21');
    expect(first && q.nextInspection(first)?.id).toBe('brackenshire-2023-03-10');
    const last = q.latestInspection('brackenshire');
    expect(last && q.nextInspection(last)).toBeUndefined();
  });

  it('follows successors and predecessors both ways', () => {
    expect(q.successorsOf('fen-county-council').map((a) => a.id)).toEqual(['coldwater']);
    expect(q.predecessorsOf('coldwater').map((a) => a.id)).toEqual(['fen-county-council']);
    expect(q.successorsOf('coldwater')).toEqual([]);
    expect(q.existedOn(q.authority('coldwater')!, '2020-01-01')).toBe(false);
    expect(q.existedOn(q.authority('fen-county-council')!, '2020-01-01')).toBe(true);
  });

  it('lists statistical neighbours, closest first, with their latest inspection or the one in force on a date', () => {
    expect(q.statisticalNeighbours('coldwater').map((n) => [n.authority.id, n.inspection?.id])).toEqual([
      ['amberley', 'amberley-2026-06-05'],
      ['brackenshire', 'brackenshire-2026-08-25'],
    ]);
    expect(q.statisticalNeighbours('coldwater', '2019-06-01').map((n) => n.inspection?.id)).toEqual(['amberley-2019-01-11', 'brackenshire-2018-09-21']);
    expect(q.statisticalNeighbours('amberley', '2010-01-01').map((n) => n.inspection)).toEqual([null, null]);
  });

  it('finds councils not inspected by Ofsted by id and name', () => {
    expect(q.councilNotInspected('glyncoed')?.inspectorate).toBe('Care Inspectorate Wales');
    expect(q.councilsNotInspectedByName('glyncoed council').map((c) => c.id)).toEqual(['glyncoed']);
    expect(q.councilsNotInspectedByName('Strathmore')).toEqual([]);
  });
});
