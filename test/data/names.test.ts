import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetNames, prefilterNeedles } from '../../lib/data/names';
import { Authority, CouncilNotInspected } from '../../lib/data/schema';

const dataset = {
  authorities: Authority.array().parse((JSON.parse(readFileSync('seeds/authorities.json', 'utf8')) as { authorities: unknown }).authorities),
  councilsNotInspected: CouncilNotInspected.array().parse(
    (JSON.parse(readFileSync('seeds/councils-not-inspected.json', 'utf8')) as { councilsNotInspected: unknown }).councilsNotInspected,
  ),
};
const names = datasetNames(dataset);
const needles = prefilterNeedles(names);

describe('the prefilter name list', () => {
  it('holds every name, short name and alias of every authority and council', () => {
    for (const entity of [...dataset.authorities, ...dataset.councilsNotInspected]) {
      for (const name of [entity.name, entity.shortName, ...entity.aliases, ...(entity.ambiguousAliases ?? [])]) expect(names).toContain(name);
    }
    expect(names).toEqual(expect.arrayContaining(['Herts', 'BCP', 'Monmouthshire County Council', 'Dorset County Council']));
  });

  it('has, for every name, a needle that occurs in it once lower-cased', () => {
    for (const name of names) expect(needles.some((needle) => name.toLowerCase().includes(needle)), name).toBe(true);
  });

  it('is far shorter than the names it covers', () => {
    expect(needles.length).toBeLessThan(names.length / 2);
    expect(needles).toContain('kent');
    expect(needles).not.toContain('kent county council');
  });

  it('finds a name in a page only where one occurs', () => {
    const seen = (text: string) => needles.some((needle) => text.toLowerCase().includes(needle));
    expect(seen('Inspectors judged children\'s services in Herts to be good.')).toBe(true);
    expect(seen('A recipe for lemon cake, with photographs.')).toBe(false);
  });
});
