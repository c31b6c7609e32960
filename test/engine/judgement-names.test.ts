import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const judgementsOf = (text: string): string[] =>
  analyse(text, { published: '2024-03-01' }, index).claims.map((c) => `${c.judgement} ${c.grade}`);

describe('a judgement name that only says what another is about is not a judgement of its own', () => {
  it.each<[string, string, string[]]>([
    [
      'leadership of children’s services',
      'Derbyshire County Council’s leadership of children’s services was rated good by Ofsted.',
      ['leaders good'],
    ],
    [
      'leadership of an authority’s children’s services',
      'Ofsted rated the leadership of Derbyshire County Council’s children’s services good.',
      ['leaders good'],
    ],
    [
      'two judgements joined by “and for” stay two',
      'Ofsted rated Derbyshire good for help and protection and for children in care.',
      ['help_protection good', 'in_care good'],
    ],
    [
      'children’s services alone are the overall judgement',
      'Derbyshire’s children’s services were rated good by Ofsted.',
      ['overall good'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(judgementsOf(text)).toEqual(expected);
  });
});
