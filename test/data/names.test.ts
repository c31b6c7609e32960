import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetNames } from '../../lib/data/names';
import { buildNameMatcher, nameMatcherFromKey, prefilterKey } from '../../lib/engine/prefilter';
import { Authority, CouncilNotInspected } from '../../lib/data/schema';

const dataset = {
  authorities: Authority.array().parse(
    (JSON.parse(readFileSync('seeds/authorities.json', 'utf8')) as { authorities: unknown }).authorities,
  ),
  councilsNotInspected: CouncilNotInspected.array().parse(
    (JSON.parse(readFileSync('seeds/councils-not-inspected.json', 'utf8')) as { councilsNotInspected: unknown }).councilsNotInspected,
  ),
};
const names = datasetNames(dataset);
const key = prefilterKey(names);
const fromKey = nameMatcherFromKey(JSON.parse(JSON.stringify(key)) as typeof key);

describe('the prefilter name list', () => {
  it('holds every name, short name and alias of every authority and council', () => {
    for (const entity of [...dataset.authorities, ...dataset.councilsNotInspected]) {
      for (const name of [entity.name, entity.shortName, ...entity.aliases, ...(entity.ambiguousAliases ?? [])])
        expect(names).toContain(name);
    }
    expect(names).toEqual(expect.arrayContaining(['Herts', 'BCP', 'Monmouthshire County Council', 'Dorset County Council']));
  });

  it('gives a key, computed once at build time, that lets every name through', () => {
    for (const name of names) expect(fromKey.mayMentionAuthority(`Inspectors visited ${name} last week.`), name).toBe(true);
  });

  it('is small: one hash per distinct distinctive word, far fewer than the names', () => {
    expect(key.hashes.length).toBeLessThan(names.length / 2);
    expect(new Set(key.hashes).size).toBe(key.hashes.length);
    expect(JSON.stringify(key).length).toBeLessThan(8_000);
  });

  it('answers as the matcher built from the names does', () => {
    const fromNames = buildNameMatcher(names);
    for (const text of [
      "Inspectors judged children's services in Herts to be good.",
      'A recipe for lemon cake, with photographs.',
      'The county council and its children services.',
      'Ofsted visited Rhondda Cynon Taf.',
    ]) {
      expect(fromKey.mayMentionAuthority(text), text).toBe(fromNames.mayMentionAuthority(text));
    }
    expect(fromKey.mayMentionAuthority('A recipe for lemon cake, with photographs.')).toBe(false);
    expect(fromKey.mayMentionAuthority("Inspectors judged children's services in Herts to be good.")).toBe(true);
  });
});
