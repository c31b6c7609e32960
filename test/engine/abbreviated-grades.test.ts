import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const claimsOf = (text: string): string[] =>
  analyse(text, { published: '2020-01-01' }, index).claims.map((c) => `${c.authority} ${c.judgement} ${c.grade} ${c.verdict} ${c.text}`);

describe('“RI” is requires improvement only where a grade is being given', () => {
  it.each<[string, string, string[]]>([
    ['bare RI after an Ofsted verb', 'Ofsted rated Derbyshire RI.', ['derbyshire overall requires_improvement superseded RI']],
    ['“rated RI”', 'Derbyshire County Council was rated RI by Ofsted.', ['derbyshire overall requires_improvement superseded RI']],
    ['“remains RI” with Ofsted after it', 'Derbyshire remains RI, Ofsted said.', ['derbyshire overall requires_improvement superseded RI']],
    [
      'the grade in full with its abbreviation is one claim',
      'Derbyshire’s children’s services were judged requires improvement to be good (RI) by Ofsted.',
      ['derbyshire overall requires_improvement superseded requires improvement to be good'],
    ],
    [
      'the grade in quotes',
      'Derbyshire was rated ‘requires improvement’ by Ofsted.',
      ['derbyshire overall requires_improvement superseded requires improvement'],
    ],
    [
      'RI for a judgement',
      'Ofsted judged Derbyshire’s help and protection RI.',
      ['derbyshire help_protection requires_improvement superseded RI'],
    ],
    ['Rhode Island’s abbreviation', 'Derbyshire pupils visiting Rhode Island (RI) rated the trip highly, Ofsted inspectors heard.', []],
    [
      'someone’s initials',
      'Ofsted inspector RI Patel visited Derbyshire and said it was rated good.',
      ['derbyshire overall good contradicts good'],
    ],
    ['RI with no grade word near it', 'Derbyshire’s new RI scheme opened this week.', []],
    ['lower-case ri is not the abbreviation', 'Derbyshire was rated ri by Ofsted.', []],
    ['part of a longer word', 'Ofsted rated the RIBA-listed building in Derbyshire.', []],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
