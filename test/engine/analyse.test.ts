import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import type { Analysis } from '../../lib/engine/types';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const run = (text: string, published: string | null = null): Analysis => analyse(text, { published }, index);
const summary = (a: Analysis): string[] => a.claims.map((c) => `${c.authority} ${c.judgement} ${c.grade} ${c.verdict}`);

describe('grade claims and verdicts', () => {
  it.each<[string, string, string | null, string[]]>([
    [
      'two authorities, each claim to its own',
      'Ofsted rated Essex County Council’s children’s services outstanding in August 2023, while Kent was judged good in February 2026.',
      '2026-03-01',
      ['essex overall outstanding matches', 'kent overall good matches'],
    ],
    [
      'a school’s grade next to the council’s',
      'Hertfordshire’s children’s services were rated outstanding by Ofsted, and a primary school in Stevenage was rated good.',
      '2023-04-01',
      ['hertfordshire overall outstanding superseded'],
    ],
    ['a police force’s grade is not the council’s', 'Hertfordshire Constabulary was rated good by inspectors last year.', '2023-04-01', []],
    [
      'a Welsh council’s own inspectorate: no claim',
      'Cardiff Council said Care Inspectorate Wales found its services good in its inspection.',
      '2024-01-01',
      [],
    ],
    [
      'a Welsh council given an Ofsted grade',
      'Ofsted rated Cardiff Council’s children’s services good, the paper wrote.',
      '2024-01-01',
      ['cardiff overall good not_inspected_by_ofsted'],
    ],
    [
      'Herefordshire’s grades given to Hertfordshire',
      'Hertfordshire’s children’s services were judged good, with outstanding leadership, in a report published on 12 January.',
      '2026-01-20',
      ['hertfordshire overall good wrong_authority', 'hertfordshire leaders outstanding wrong_authority'],
    ],
    [
      'a superseded grade',
      'In its November 2018 report, Ofsted rated Hertfordshire’s children’s services good.',
      '2018-12-01',
      ['hertfordshire overall good superseded'],
    ],
    [
      'an overall grade claimed for a post-April-2026 inspection',
      'Somerset Council’s children’s services were rated requires improvement overall by Ofsted in June.',
      '2026-06-30',
      ['somerset overall requires_improvement contradicts'],
    ],
    [
      'an article newer than the dataset, disagreeing',
      'Ofsted has rated Derbyshire’s children’s services outstanding.',
      '2026-10-01',
      ['derbyshire overall outstanding no_record'],
    ],
    [
      'an article newer than the dataset, agreeing',
      'Children’s services in Derby remain outstanding, Ofsted said.',
      '2026-10-01',
      ['derby overall outstanding no_record'],
    ],
    [
      'a grade claimed for a monitoring visit',
      'After a monitoring visit in May, Ofsted rated North Somerset good.',
      '2024-06-01',
      ['north-somerset overall good unclear'],
    ],
    [
      'good as an ordinary word',
      'It was good news for families in Kent, and Kent County Council has done good work, the report said.',
      '2026-03-01',
      [],
    ],
    ['really outstanding staff are not a grade', 'Ofsted inspectors said staff in Essex are really outstanding people.', '2024-01-01', []],
    [
      'possessive and a line break inside the name',
      'Ofsted judged Hertfordshire\nCounty Council’s services outstanding overall.',
      '2023-03-20',
      ['hertfordshire overall outstanding superseded'],
    ],
    [
      'longest match in a claim',
      'North Somerset was rated requires improvement to be good by Ofsted, while Somerset was rated good.',
      '2023-06-01',
      ['north-somerset overall requires_improvement matches', 'somerset overall good superseded'],
    ],
    [
      'findings table rows',
      'Derbyshire inspection findings\nOverall effectiveness\tGood\nImpact of leaders\tOutstanding\n',
      '2024-02-01',
      ['derbyshire overall good matches', 'derbyshire leaders outstanding contradicts'],
    ],
    [
      'negated grade and the new one',
      'Herefordshire is no longer inadequate, Ofsted said, and is now rated good.',
      '2026-02-01',
      ['herefordshire overall good matches'],
    ],
    [
      'moved from one grade to another',
      'Herefordshire’s children’s services moved from inadequate to good in the latest Ofsted inspection.',
      '2026-02-01',
      ['herefordshire overall good matches'],
    ],
    [
      'previously rated: the inspection before the one in force',
      'Herefordshire, previously rated inadequate by Ofsted, has improved.',
      '2026-02-01',
      ['herefordshire overall inadequate superseded'],
    ],
    [
      'a predecessor with no record',
      'Ofsted rated Northamptonshire County Council’s children’s services inadequate.',
      '2019-01-01',
      ['northamptonshire overall inadequate no_record'],
    ],
    [
      'before the data starts',
      'Ofsted rated Hertfordshire’s children’s services good.',
      '2010-05-01',
      ['hertfordshire other good no_record'],
    ],
    [
      'subject of the sentence, not the compared authority',
      'Hertfordshire, unlike Herefordshire, was rated outstanding by Ofsted.',
      '2023-04-01',
      ['hertfordshire overall outstanding superseded'],
    ],
    [
      '“the council” refers back',
      'Essex County Council welcomed the news.\n\nInspectors rated the council outstanding for help and protection.',
      '2024-01-01',
      ['essex help_protection outstanding matches'],
    ],
    [
      'several judgements sharing one grade',
      'Help and protection, children in care and care leavers were all judged good in Derbyshire’s Ofsted inspection.',
      '2024-02-01',
      ['derbyshire help_protection good matches', 'derbyshire in_care good matches', 'derbyshire care_leavers good matches'],
    ],
    [
      'a care-leavers claim against the 2018 combined judgement',
      'Ofsted rated Herefordshire requires improvement for care leavers.',
      '2019-01-01',
      ['herefordshire care_leavers requires_improvement superseded'],
    ],
    ['one sentence does not repeat a claim', 'Kent was rated ‘good’ (yes, ‘good’) by Ofsted.', '2026-03-01', ['kent overall good matches']],
    [
      'the same grade again',
      'Ofsted rated Kent’s help and protection good, and leaders received the same grade.',
      '2026-03-01',
      ['kent help_protection good matches', 'kent leaders good matches'],
    ],
    [
      'SIF headline form',
      'Ofsted: children’s services in Hertfordshire are good.',
      '2016-01-05',
      ['hertfordshire overall good superseded'],
    ],
    [
      'the 2012 framework’s adequate',
      'Overall, inspectors rated Hertfordshire County Council as adequate for child protection.',
      '2013-04-01',
      ['hertfordshire other adequate superseded'],
    ],
    [
      'a sentence ends at a line break after a full stop, even before a lower-case line',
      'Kent was rated good by Ofsted.\na new report says Kent was rated good by Ofsted.',
      '2026-03-01',
      ['kent overall good matches', 'kent overall good matches'],
    ],
    [
      'a claim with no authority, repeated later with one, is one claim',
      'Families said children’s services were rated good by Ofsted.\nKent children’s services were rated good by Ofsted.',
      '2026-03-01',
      ['kent overall good matches'],
    ],
    [
      'a claim with no authority goes to the one named later when nothing else claims it',
      'Services were judged good in a report published today.\nThe news pleased Kent County Council.',
      '2026-03-01',
      ['kent overall good matches'],
    ],
    [
      'headline: downgraded',
      'Herefordshire downgraded to inadequate after Ofsted report',
      '2022-10-01',
      ['herefordshire overall inadequate superseded'],
    ],
    [
      'headline: upgraded',
      'Herefordshire children’s services upgraded to good by Ofsted',
      '2026-01-20',
      ['herefordshire overall good matches'],
    ],
    [
      'received a rating',
      'Essex County Council received an ‘outstanding’ rating for its children’s services.',
      '2023-09-01',
      ['essex overall outstanding matches'],
    ],
    [
      'another inspectorate’s grade is not Ofsted’s',
      'The Care Quality Commission rated Kent County Council’s adult social care good.',
      '2026-03-01',
      [],
    ],
    ['auditors are not Ofsted', 'Kent County Council’s finances were rated good by its auditors.', '2026-03-01', []],
    ['a grade word said of funding', 'Kent County Council’s funding is inadequate, the report said.', '2026-03-01', []],
    ['an academy in a county is not the county', 'St Mary’s Academy in Kent was rated outstanding by Ofsted.', '2026-03-01', []],
    [
      'each grade takes the time named in its own clause',
      'Derbyshire’s children’s services were rated good in January 2024 after being rated requires improvement in 2019.',
      '2024-03-01',
      ['derbyshire overall good matches', 'derbyshire overall requires_improvement superseded'],
    ],
    [
      'a time named before its grade',
      'In 2019, Derbyshire was rated requires improvement; in 2024 it was rated good.',
      '2024-03-01',
      ['derbyshire overall requires_improvement superseded', 'derbyshire overall good matches'],
    ],
    [
      'a claim that may be about an unverified newer report is not called wrong',
      'Ofsted has rated Hertfordshire’s help and protection good.',
      '2026-09-01',
      ['hertfordshire help_protection good no_record'],
    ],
    [
      '…nor is one that disagrees with the verified record before it',
      'Ofsted has rated Hertfordshire’s help and protection inadequate.',
      '2026-09-01',
      ['hertfordshire help_protection inadequate no_record'],
    ],
    [
      '“previous” with a year: the year names the inspection',
      'Hertfordshire was rated outstanding by Ofsted. The previous inspection, in 2018, rated it good.',
      '2023-03-23',
      ['hertfordshire overall outstanding superseded', 'hertfordshire overall good superseded'],
    ],
    [
      'an article newer than the data is not judged on the older record alone',
      'Hertfordshire was rated outstanding by Ofsted.',
      '2026-09-01',
      ['hertfordshire overall outstanding no_record'],
    ],
    [
      'with no date, a grade the record gave is matched to the report that gave it',
      'Ofsted rated Derbyshire’s children’s services requires improvement.',
      null,
      ['derbyshire overall requires_improvement superseded'],
    ],
    [
      'with no date, a grade the record never gave is unclear, not wrong',
      'Ofsted rated Derbyshire’s children’s services inadequate.',
      null,
      ['derbyshire overall inadequate unclear'],
    ],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(run(text, published))).toEqual(expected);
  });
});

describe('verdict details', () => {
  it('names the confusable authority and why', () => {
    const a = run(
      'Hertfordshire’s children’s services were judged good, with outstanding leadership, in a report published on 12 January.',
      '2026-01-20',
    );
    const claim = a.claims[0];
    expect(claim?.suggestion?.authority).toBe('herefordshire');
    expect(claim?.suggestion?.reason).toMatch(/Hertfordshire and Herefordshire differ by one letter/);
    expect(claim?.explanation).toBe("This grade belongs to Herefordshire's January 2026 report, not Hertfordshire's.");
    expect(claim?.inspection?.published).toBe('2026-01-12');
  });

  it('says what superseded a grade and when', () => {
    const claim = run('Ofsted rated Hertfordshire’s children’s services good in November 2018.', '2019-03-01').claims[0];
    expect(claim?.supersededBy?.published).toBe('2023-03-10');
    expect(claim?.explanation).toMatch(/^Right in November 2018; superseded by the inspection published 10 March 2023 \(outstanding\)\./);
  });

  it('a newer report whose grades are not verified supersedes without its grades deciding anything', () => {
    const claim = run('Hertfordshire was rated outstanding by Ofsted.', '2023-03-23').claims[0];
    expect(claim?.explanation).toBe(
      'Right in March 2023; superseded by the inspection published 25 August 2026 whose grades are not verified here.',
    );
  });

  it('explains the missing overall judgement after April 2026', () => {
    const claim = run('Somerset Council’s children’s services were rated requires improvement overall by Ofsted.', '2026-07-01').claims[0];
    expect(claim?.explanation).toMatch(/Inspections from April 2026 give no overall effectiveness grade/);
  });

  it('flags a grade given to a monitoring visit', () => {
    const claim = run('After a monitoring visit, Ofsted rated North Somerset good.', '2024-06-01').claims[0];
    expect(claim?.flags[0]).toMatch(/monitoring and focused visits .* give no grade/);
  });

  it('mentions successors of an abolished authority', () => {
    const claim = run('Ofsted rated Northamptonshire County Council’s children’s services inadequate.', '2019-01-01').claims[0];
    expect(claim?.explanation).toMatch(/passed to North Northamptonshire and West Northamptonshire/);
  });
});

describe('article date', () => {
  it.each<[string, string, string | null, Analysis['published']]>([
    ['caller date wins', 'Published: 3 May 2024\nOfsted rated Kent good.', '2026-03-01', { date: '2026-03-01', source: 'caller' }],
    ['labelled date in the text', 'Published: 3 May 2024\nSome words.', null, { date: '2024-05-03', source: 'text' }],
    ['a dateline at the top', 'date 2023-03-23 Children’s services news.', null, { date: '2023-03-23', source: 'text' }],
    ['a date alone on a line', 'Kent news\n12 February 2026\nSome words.', null, { date: '2026-02-12', source: 'text' }],
    [
      'a fieldwork range is not the article date',
      'Inspection of child protection\n28 January – 6 February 2013\nOverall we rated Hertfordshire County Council as adequate.',
      null,
      { date: '2013-03-08', source: 'inferred' },
    ],
    [
      'inferred from the inspection that explains the claims',
      'Ofsted rated Herefordshire inadequate across the board, with leaders judged inadequate too.',
      null,
      { date: '2022-09-21', source: 'inferred' },
    ],
    ['nothing to go on', 'A quiet day in Kent.', null, { date: null, source: 'none' }],
  ])('%s', (_name, text, published, expected) => {
    expect(run(text, published).published).toEqual(expected);
  });

  it('metadata source is kept', () => {
    expect(analyse('x', { published: '2024-01-02', publishedSource: 'metadata' }, index).published).toEqual({
      date: '2024-01-02',
      source: 'metadata',
    });
  });

  it('resolves a name shared by a predecessor and its successor by the article’s date', () => {
    const before = analyse('Children’s services in Dorset were rated good by Ofsted.', { published: '2018-01-01' }, index);
    const after = analyse('Children’s services in Dorset were rated good by Ofsted.', { published: '2024-01-01' }, index);
    expect(before.mentions.map((m) => m.id)).toEqual(['dorset-county-council']);
    expect(after.mentions.map((m) => m.id)).toEqual(['dorset']);
  });

  it('uses the title to attribute a claim when the text names no authority before it', () => {
    const a = analyse(
      'Services were rated good by Ofsted inspectors.',
      { published: '2024-02-01', title: 'Derbyshire children’s services' },
      index,
    );
    expect(summary(a)).toEqual(['derbyshire overall good matches']);
  });
});
