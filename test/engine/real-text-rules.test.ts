/**
 * Rules learnt from real articles, each pinned in our own words against the fixture
 * dataset: no red mark without a firm authority, judgement and time.
 */
import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import type { Analysis } from '../../lib/engine/types';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const summary = (a: Analysis): string[] => a.claims.map((c) => `${c.authority} ${c.judgement} ${c.grade} ${c.verdict}`);

describe('grades that are not claims about the authority’s children’s services', () => {
  it.each<[string, string]>([
    ['an aim', 'Derbyshire County Council says it aims to be rated outstanding by Ofsted within two years.'],
    ['a next step', 'Derbyshire’s director told Ofsted the next step has to be outstanding.'],
    ['a commitment', 'Derbyshire is committed to reaching an outstanding rating from Ofsted.'],
    ['the safeguarding board', 'Ofsted said Derbyshire’s local safeguarding children board requires improvement.'],
    ['nobody given the grade', 'None of the councils inspected this month, Derbyshire among them, was rated outstanding by Ofsted.'],
  ])('%s', (_name, text) => {
    expect(summary(analyse(text, { published: '2024-03-01' }, index))).toEqual([]);
  });
});

describe('no red mark without firm evidence', () => {
  it.each<[string, string, string | null, string[]]>([
    ['no date: a grade the record never gave is unclear', 'Ofsted judged Derbyshire’s children’s services inadequate.', null,
      ['derbyshire overall inadequate unclear']],
    ['no date: a grade the record gave is matched to that report', 'Ofsted judged Derbyshire’s children’s services requires improvement.', null,
      ['derbyshire overall requires_improvement superseded']],
    ['a named time no report fits is unclear', 'In 2021 Ofsted rated Derbyshire’s children’s services good.', '2024-03-01',
      ['derbyshire overall good unclear']],
    ['a judgement named just before the grade is the grade’s, and is checked',
      'Derbyshire was praised by Ofsted for the impact of leaders and rated outstanding.', '2024-03-01',
      ['derbyshire leaders outstanding contradicts']],
    ['a grade for the whole service and a specific judgement: the specific one',
      'Derbyshire’s children’s services received a rating of good for the impact of leaders, with overall effectiveness rated good.', '2024-03-01',
      ['derbyshire leaders good matches', 'derbyshire overall good matches']],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(analyse(text, { published }, index))).toEqual(expected);
  });
});

describe('time in the sentence', () => {
  it.each<[string, string, string, string[]]>([
    ['a grade counted back from the new one is the earlier report',
      'Derbyshire was rated good by Ofsted in January, four years after an inspection found it requires improvement.', '2024-03-01',
      ['derbyshire overall good matches', 'derbyshire overall requires_improvement superseded']],
    ['“after being rated” is the earlier report', 'Derbyshire has improved after being rated requires improvement by Ofsted.', '2024-03-01',
      ['derbyshire overall requires_improvement superseded']],
    ['“previously” in a later clause is not the grade’s', 'Derbyshire was rated good by Ofsted after previously struggling.', '2024-03-01',
      ['derbyshire overall good matches']],
    ['a “when” clause takes the year it hangs on', 'It is the first full inspection since 2019, when Derbyshire was judged requires improvement by Ofsted.', '2024-03-01',
      ['derbyshire overall requires_improvement superseded']],
    ['a grade from before 2014 is another framework’s: no record', 'Ofsted rated Derbyshire’s services for children adequate in 2010.', '2024-03-01',
      ['derbyshire other adequate no_record']],
    ['a span: every report since the year must agree', 'Derbyshire had been rated requires improvement by Ofsted since 2014.', '2024-03-01',
      ['derbyshire overall requires_improvement no_record', 'derbyshire overall requires_improvement contradicts']],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(analyse(text, { published }, index))).toEqual(expected);
  });
});

describe('lists, counts and who “the council” is', () => {
  it.each<[string, string, string[]]>([
    ['a list of authorities sharing one grade', 'Derbyshire, Kent and Essex were all rated good by Ofsted.',
      ['derbyshire overall good matches', 'kent overall good no_record', 'essex overall good contradicts']],
    ['a list after the grade', 'Three councils were judged good by Ofsted this month: Derbyshire; Kent; Essex.',
      ['derbyshire overall good matches', 'kent overall good no_record', 'essex overall good contradicts']],
    ['counts of councils are national statistics', 'Kent was inspected. Of the councils inspected, 10 were rated good and seven inadequate by Ofsted.', []],
    ['a sentence with no name and nothing pointing back is nobody’s claim', 'Kent County Council opened a new office.\nA nearby academy was rated outstanding by Ofsted.', []],
    ['“the council” points back past a place named as a location', 'St Albans in Derbyshire hosted the meeting.\nOfsted rated the council good.',
      ['derbyshire overall good matches']],
  ])('%s', (_name, text, expected) => {
    expect(summary(analyse(text, { published: '2024-03-01' }, index))).toEqual(expected);
  });
});
