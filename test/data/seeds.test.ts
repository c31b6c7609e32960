import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDataset, encodeDataset } from '../../lib/data/bundle';
import { datasetAsOf, getDataset } from '../../lib/data/bundled';
import { loadSeeds } from '../../tools/data/load';
import { lookupFor } from '../../lib/data/lookup';

const dataset = loadSeeds('seeds');
const lookup = lookupFor(dataset);

describe('the project seeds', () => {
  it('load without a single problem, stamped with the newest publication', () => {
    const newest = dataset.inspections.reduce((max, i) => (i.published > max ? i.published : max), '');
    expect(dataset.asOf).toBe(newest);
  });

  it('give every current authority at least one inspection', () => {
    const current = dataset.authorities.filter((a) => a.abolished === null);
    expect(current).toHaveLength(153);
    for (const authority of current) expect((lookup.oldestFirst.get(authority.id) ?? []).length, authority.id).toBeGreaterThan(0);
  });

  it('bundle to a compact form that decodes to the same dataset and stays small', () => {
    const compact = JSON.stringify(encodeDataset(dataset));
    expect(decodeDataset(JSON.parse(compact))).toStrictEqual(dataset);
    expect(gzipSync(compact).length).toBeLessThan(40_000);
  });

  it('reach the extension through the build plugin unchanged', () => {
    expect(getDataset()).toStrictEqual(dataset);
    expect(getDataset()).toBe(getDataset());
    expect(datasetAsOf).toBe(dataset.asOf);
  });
});
