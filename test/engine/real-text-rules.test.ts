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
    [
      'an aim stated well before the grade',
      'Derbyshire has the ambition for its services to be rated by Ofsted as not just good but outstanding.',
    ],
    ['a commitment', 'Derbyshire is committed to reaching an outstanding rating from Ofsted.'],
    ['the safeguarding board', 'Ofsted said Derbyshire’s local safeguarding children board requires improvement.'],
    ['nobody given the grade', 'None of the councils inspected this month, Derbyshire among them, was rated outstanding by Ofsted.'],
  ])('%s', (_name, text) => {
    expect(summary(analyse(text, { published: '2024-03-01' }, index))).toEqual([]);
  });
});

describe('no red mark without firm evidence', () => {
  it.each<[string, string, string | null, string[]]>([
    [
      'no date: a grade the record never gave is unclear',
      'Ofsted judged Derbyshire’s children’s services inadequate.',
      null,
      ['derbyshire overall inadequate unclear'],
    ],
    [
      'no date: a grade the record gave is matched to that report',
      'Ofsted judged Derbyshire’s children’s services requires improvement.',
      null,
      ['derbyshire overall requires_improvement superseded'],
    ],
    [
      'a named time no report fits is unclear',
      'In 2021 Ofsted rated Derbyshire’s children’s services good.',
      '2024-03-01',
      ['derbyshire overall good unclear'],
    ],
    [
      'a judgement named just before the grade is the grade’s, and is checked',
      'Derbyshire was praised by Ofsted for the impact of leaders and rated outstanding.',
      '2024-03-01',
      ['derbyshire leaders outstanding contradicts'],
    ],
    [
      'a grade for the whole service and a specific judgement: the specific one',
      'Derbyshire’s children’s services received a rating of good for the impact of leaders, with overall effectiveness rated good.',
      '2024-03-01',
      ['derbyshire leaders good matches', 'derbyshire overall good matches'],
    ],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(analyse(text, { published }, index))).toEqual(expected);
  });
});

describe('time in the sentence', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a grade counted back from the new one is the earlier report',
      'Derbyshire was rated good by Ofsted in January, four years after an inspection found it requires improvement.',
      '2024-03-01',
      ['derbyshire overall good matches', 'derbyshire overall requires_improvement superseded'],
    ],
    [
      '“after being rated” is the earlier report',
      'Derbyshire has improved after being rated requires improvement by Ofsted.',
      '2024-03-01',
      ['derbyshire overall requires_improvement superseded'],
    ],
    [
      '“previously” in a later clause is not the grade’s',
      'Derbyshire was rated good by Ofsted after previously struggling.',
      '2024-03-01',
      ['derbyshire overall good matches'],
    ],
    [
      'a “when” clause takes the year it hangs on',
      'It is the first full inspection since 2019, when Derbyshire was judged requires improvement by Ofsted.',
      '2024-03-01',
      ['derbyshire overall requires_improvement superseded'],
    ],
    [
      'a grade from before 2014 is another framework’s: no record',
      'Ofsted rated Derbyshire’s services for children adequate in 2010.',
      '2024-03-01',
      ['derbyshire other adequate no_record'],
    ],
    [
      'a span: every report since the year must agree',
      'Derbyshire had been rated requires improvement by Ofsted since 2014.',
      '2024-03-01',
      ['derbyshire overall requires_improvement no_record', 'derbyshire overall requires_improvement contradicts'],
    ],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(analyse(text, { published }, index))).toEqual(expected);
  });
});

describe('lists, counts and who “the council” is', () => {
  it.each<[string, string, string[]]>([
    [
      'a list of authorities sharing one grade',
      'Derbyshire, Kent and Essex were all rated good by Ofsted.',
      ['derbyshire overall good matches', 'kent overall good no_record', 'essex overall good contradicts'],
    ],
    [
      'a list after the grade',
      'Three councils were judged good by Ofsted this month: Derbyshire; Kent; Essex.',
      ['derbyshire overall good matches', 'kent overall good no_record', 'essex overall good contradicts'],
    ],
    [
      '“service areas” are the authority’s, not a count of councils',
      'Ofsted judged the individual service areas good.\nDerbyshire welcomed the report.',
      ['derbyshire help_protection good matches', 'derbyshire in_care good matches', 'derbyshire care_leavers good matches'],
    ],
    [
      'counts of councils are national statistics',
      'Kent was inspected. Of the councils inspected, 10 were rated good and seven inadequate by Ofsted.',
      [],
    ],
    [
      'a sentence with no name and nothing pointing back is nobody’s claim',
      'Kent County Council opened a new office.\nA nearby academy was rated outstanding by Ofsted.',
      [],
    ],
    [
      'a findings list under the authority’s name',
      'Derbyshire: the inspection findings\nImpact of leaders: good;\nChildren in care - Good.',
      ['derbyshire leaders good matches', 'derbyshire in_care good matches'],
    ],
    [
      'a place that says where another authority is gets no grade',
      'The city of Derby in Derbyshire was rated outstanding by Ofsted.',
      ['derby overall outstanding no_record'],
    ],
    ['“good and outstanding schools” are schools', 'The share of good and outstanding schools in Derbyshire has risen, Ofsted said.', []],
    [
      'a school article’s own grades are not the council’s',
      'Derbyshire County Council runs the area.\nInspectors visited the school and its pupils. The report rated leadership as good.',
      [],
    ],
    [
      '“the council” points back past a place named as a location',
      'St Albans in Derbyshire hosted the meeting.\nOfsted rated the council good.',
      ['derbyshire overall good matches'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(analyse(text, { published: '2024-03-01' }, index))).toEqual(expected);
  });
});

describe('texts of the frameworks before 2014', () => {
  it.each<[string, string, string[]]>([
    [
      'an undated text in the old frameworks’ words dates its undated claims',
      'Derbyshire’s annual performance assessment was published.\nOfsted said Derbyshire performs well and rated its safeguarding inadequate.',
      ['derbyshire other inadequate no_record'],
    ],
    [
      'a grade of the old scale is the old framework’s',
      'Ofsted gave Derbyshire a rating of adequate for safeguarding.',
      ['derbyshire other adequate no_record'],
    ],
    [
      'an undated text comparing a new grade with an old “adequate” rating is not an old text',
      'Ofsted rated Derbyshire’s children’s services good after an inspection in January 2024.\nThe good rating is an improvement on the adequate rating it was given in 2012.',
      ['derbyshire overall good matches', 'derbyshire overall good matches', 'derbyshire other adequate no_record'],
    ],
    [
      'the same words beside the new framework’s do not',
      'Derbyshire was rated requires improvement by Ofsted under the single inspection framework.',
      ['derbyshire overall requires_improvement superseded'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(analyse(text, {}, index))).toEqual(expected);
  });
});

describe('the article, not the site around it', () => {
  const article = 'Ofsted rated Derbyshire’s children’s services good.';
  const readMore = 'Read more: Essex was rated inadequate by Ofsted.';
  const after = 'Inspectors said the council was good for help and protection.';
  const text = `${article}\n\n${readMore}\n\n${after}`;
  const furnitureStart = text.indexOf(readMore);
  const spans = [
    { start: 0, end: furnitureStart },
    { start: text.indexOf(after), end: text.length },
  ];
  const a = analyse(text, { published: '2024-03-01', articleSpans: spans }, index);

  it('a claim in a “Read more” line is judged on its own evidence, never red with the article’s date', () => {
    const essex = a.claims.find((c) => c.authority === 'essex');
    expect(essex?.furniture).toBe(true);
    expect(['contradicts', 'wrong_authority']).not.toContain(essex?.verdict);
  });

  it('a name in the furniture never becomes who “the council” is', () => {
    expect(summary(a).filter((c) => !c.startsWith('essex'))).toEqual([
      'derbyshire overall good matches',
      'derbyshire help_protection good matches',
    ]);
  });

  it('without spans the same text is read whole (the furniture’s name is then the nearest council)', () => {
    const whole = analyse(text, { published: '2024-03-01' }, index);
    expect(whole.claims.some((c) => c.authority === 'essex' && c.judgement === 'help_protection')).toBe(true);
  });
});

describe('whole inspections and their times', () => {
  const withReport = (a: Analysis): string[] =>
    a.claims.map((c) => `${c.authority} ${c.judgement} ${c.grade} ${c.verdict} ${c.inspection?.published ?? '-'}`);

  it('“in all areas” is every judgement of the inspection reported', () => {
    expect(
      summary(analyse('Ofsted rated Derbyshire’s children’s services good in all areas.', { published: '2024-03-01' }, index)),
    ).toEqual([
      'derbyshire overall good matches',
      'derbyshire leaders good matches',
      'derbyshire help_protection good matches',
      'derbyshire in_care good matches',
      'derbyshire care_leavers good matches',
    ]);
  });

  it('“all areas of children’s services” is every judgement; “every area of” a part of them is not', () => {
    expect(
      summary(analyse('Derbyshire was rated good by Ofsted in all areas of children’s services.', { published: '2024-03-01' }, index)),
    ).toHaveLength(5);
    expect(
      summary(analyse('Ofsted judged every area of Derbyshire’s early help practice good.', { published: '2024-03-01' }, index)),
    ).toEqual(['derbyshire overall good matches']);
  });

  it('“in all areas” of an earlier inspection is its overall grade only (its areas may be another framework’s)', () => {
    const text = 'Hertfordshire has been rated outstanding by Ofsted. It was rated good in all areas when it was last inspected in 2015.';
    expect(withReport(analyse(text, { published: '2023-03-20' }, index))).toEqual([
      'hertfordshire overall outstanding superseded 2023-03-10',
      'hertfordshire overall good superseded 2015-11-27',
    ]);
  });

  it('an undated article: a claim that names its own time does not pull the article’s date back to it', () => {
    const text = 'Hertfordshire’s children’s services are still rated good by Ofsted. They were first rated good in November 2015.';
    const a = analyse(text, {}, index);
    expect(a.published).toEqual({ date: '2018-11-19', source: 'inferred' });
    expect(withReport(a)).toEqual(['hertfordshire overall good superseded 2018-11-19', 'hertfordshire overall good superseded 2015-11-27']);
  });

  it('“in 2015 and 2018”: one claim for each year, each checked against that year’s report', () => {
    const text = 'Hertfordshire’s children’s services were rated good in 2015 and 2018, after visits from Ofsted.';
    expect(withReport(analyse(text, { published: '2020-06-01' }, index))).toEqual([
      'hertfordshire overall good superseded 2015-11-27',
      'hertfordshire overall good superseded 2018-11-19',
    ]);
  });

  it('the year a “when” clause hangs on is the later grade’s, not the earlier one’s', () => {
    const text = 'Hertfordshire first achieved a good rating from Ofsted in 2018, having changed from 2013 when it was rated adequate.';
    expect(withReport(analyse(text, { published: '2020-06-01' }, index))).toEqual([
      'hertfordshire overall good superseded 2018-11-19',
      'hertfordshire other adequate superseded 2013-03-08',
    ]);
  });

  it('a year in a later clause (“before …”, “which …”) is that clause’s, not the grade’s', () => {
    const text =
      'Ofsted judged Hertfordshire’s children’s services good in 2015, then again in 2018 before a new director arrived in 2020.';
    expect(withReport(analyse(text, { published: '2021-06-01' }, index))).toEqual([
      'hertfordshire overall good superseded 2015-11-27',
      'hertfordshire overall good superseded 2018-11-19',
    ]);
  });

  it('a time that opens the sentence dates each of its grades', () => {
    const text =
      'June 2018: Ofsted rated Herefordshire’s children’s services requires improvement, with the impact of leaders judged inadequate.';
    expect(withReport(analyse(text, {}, index))).toEqual([
      'herefordshire overall requires_improvement superseded 2018-07-23',
      'herefordshire leaders inadequate superseded 2018-07-23',
    ]);
  });
});

describe('findings lists and the inspection as the subject', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a row named in the older framework’s words (no aim in “achieving permanence”)',
      'Ofsted published its report on Hertfordshire.\n  • Children looked after and achieving permanence - Good\n  • Adoption performance - Good',
      '2015-12-01',
      ['hertfordshire in_care good superseded', 'hertfordshire adoption good superseded'],
    ],
    [
      'a row naming the leaders’ impact in full',
      'Ofsted published its report on Herefordshire.\n  • The impact of leaders on practice with children and families – Inadequate.',
      '2022-10-01',
      ['herefordshire leaders inadequate superseded'],
    ],
    [
      '“the last full inspection” is the article’s authority’s',
      'Ofsted has visited Derbyshire’s children’s services again. The last full inspection in 2019 was rated requires improvement.',
      '2022-03-01',
      ['derbyshire overall requires_improvement superseded'],
    ],
    [
      '“the previous inspection regime” is no authority’s',
      'Ofsted has visited Derbyshire’s children’s services. Under the previous inspection regime, adequate was renamed requires improvement.',
      '2022-03-01',
      [],
    ],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(analyse(text, { published }, index))).toEqual(expected);
  });
});

describe('names and judgements as articles write them', () => {
  it.each<[string, string, string, string[]]>([
    [
      'two councils sharing “County Councils”',
      'Derbyshire and Essex County Councils were both rated good by Ofsted.',
      '2024-03-01',
      ['derbyshire overall good matches', 'essex overall good contradicts'],
    ],
    [
      'a grade followed by its cause, the councils listed after it',
      'In 2024 two councils had their ratings cut to good due to findings of a visit (Derbyshire and Hertfordshire).',
      '2024-03-01',
      ['derbyshire overall good matches', 'hertfordshire overall good unclear'],
    ],
    [
      '“good ratings … in A and B”: plural ratings are the listed authorities’',
      'Herefordshire’s result came amid a run of good ratings released today for children’s services in Derbyshire and Essex.',
      '2024-03-01',
      ['derbyshire overall good matches', 'essex overall good contradicts'],
    ],
    [
      'a count’s grade is not the one name after it',
      'While three of these councils were previously rated good, Derbyshire improved on its last report.',
      '2024-03-01',
      [],
    ],
    [
      '“only 40 councils are rated good”: a count, not the article’s authority',
      'Derbyshire’s children’s services were rated good by Ofsted. Only 40 councils are currently rated good.',
      '2024-03-01',
      ['derbyshire overall good matches'],
    ],
    [
      '“needs improving” is requires improvement',
      'Ofsted’s report on Derbyshire found that help and protection also needs improving.',
      '2020-01-01',
      ['derbyshire help_protection requires_improvement superseded'],
    ],
    [
      '“children who need help” names help and protection',
      'Ofsted’s report said Derbyshire’s services for children who need help required improvement.',
      '2020-01-01',
      ['derbyshire help_protection requires_improvement superseded'],
    ],
    [
      'a judgement named, then “, also judged to” and its grade',
      'Ofsted’s report rated Derbyshire’s leaders good, and the experiences of children in care, also judged to require improvement.',
      '2020-01-01',
      ['derbyshire leaders good superseded', 'derbyshire in_care requires_improvement superseded'],
    ],
    [
      'areas “identified as requires improvement” are areas for improvement',
      'After its Ofsted inspection Derbyshire must address the areas that had been identified as requires improvement.',
      '2020-01-01',
      [],
    ],
    [
      'a grade “with” praise for leadership is the overall grade only',
      'Ofsted gave Derbyshire a good rating with strong and effective leadership.',
      '2024-03-01',
      ['derbyshire overall good matches'],
    ],
    [
      'a count of past grades is not one report’s grade',
      'Derbyshire was rated good by Ofsted after three inadequate Ofsted grades in a row.',
      '2024-03-01',
      ['derbyshire overall good matches'],
    ],
    [
      'a count of past ratings, the count first, is not one report’s grade',
      'Derbyshire is now rated good by Ofsted, which follows three inspection ratings of inadequate.',
      '2024-03-01',
      ['derbyshire overall good matches'],
    ],
    [
      '“services need improvement” is not a grade by itself',
      'Ofsted’s report said Derbyshire’s buildings need improvement.',
      '2020-01-01',
      [],
    ],
    [
      '“young people needing help to leave care” are care leavers',
      'Ofsted’s report said services for young people needing help to leave care in Derbyshire were good.',
      '2024-03-01',
      ['derbyshire care_leavers good matches'],
    ],
    [
      'an outcome for children is not a judgement of services',
      'Ofsted’s report said the education of looked-after children in Derbyshire was judged good.',
      '2024-03-01',
      [],
    ],
    [
      'a provider’s later grades stay the provider’s, past a councillor’s title',
      'Fostering services at Derbyshire County Council have been rated good by Ofsted.\nCouncillor Jo Bloggs, Derbyshire County Council’s cabinet member for children.\nInspectors said the improvements had lifted its rating to outstanding.',
      '2024-03-01',
      [],
    ],
    [
      'one grade defined as another is the scale, not a claim',
      'Derbyshire’s leader said Ofsted had moved the goal posts and adequate is now good in old money.',
      '2024-03-01',
      [],
    ],
    [
      'a “sub-rating” is a grade',
      'Derbyshire was rated good by Ofsted, with an ‘outstanding’ sub-rating for the impact of its leaders.',
      '2024-03-01',
      ['derbyshire overall good matches', 'derbyshire leaders outstanding contradicts'],
    ],
    [
      'the combined name, said of a report that judges the two apart, is both',
      'Ofsted said the experiences and progress of children in care and care leavers in Derbyshire were good.',
      '2024-03-01',
      ['derbyshire in_care good matches', 'derbyshire care_leavers good matches'],
    ],
    [
      'the combined name, said of a report that judged them together, is one judgement',
      'Ofsted said the experiences and progress of children in care and care leavers in Hertfordshire were good.',
      '2019-01-01',
      ['hertfordshire in_care good superseded'],
    ],
  ])('%s', (_name, text, published, expected) => {
    expect(summary(analyse(text, { published }, index))).toEqual(expected);
  });
});

describe('who the article is about, when its text never says', () => {
  const text =
    'Inspectors have downgraded the department to “inadequate” for overall effectiveness after finding failures across its leadership and its care of children in care.';

  it('the page address’s headline words name the authority, and the claim is checked against it (never red)', () => {
    const a = analyse(text, { url: 'https://news.example/content/news/failures-see-herefordshire-downgraded-to-inadequate' }, index);
    expect(a.claims.map((c) => `${c.authority} ${c.judgement} ${c.grade} ${c.verdict}`)).toEqual([
      'herefordshire overall inadequate superseded',
    ]);
  });

  it('an authority known only from the address is never red', () => {
    const a = analyse(
      'Ofsted has published its report. Inspectors rated the department good for overall effectiveness.',
      { published: '2023-01-20', url: 'https://news.example/news/herefordshire-rated-good' },
      index,
    );
    expect(summary(a)).toEqual(['herefordshire overall good unclear']);
  });

  it('a judgement named after “after finding” is another clause’s, not the grade’s', () => {
    const a = analyse(`Herefordshire: ${text}`, { published: '2022-10-01' }, index);
    expect(summary(a)).toEqual(['herefordshire overall inadequate superseded']);
  });

  it('“the island” is the island authority named before, whatever was named since', () => {
    const a = analyse(
      'Essex will help run the Isle of Wight’s children’s services. Essex said it was ready. Ofsted found the island’s services inadequate in 2012.',
      { published: '2013-03-01' },
      index,
    );
    expect(summary(a)).toEqual(['isle-of-wight other inadequate no_record']);
  });

  it('an address is read only when neither the text nor the headline names an authority', () => {
    const a = analyse(
      `Derbyshire’s children’s services were rated good by Ofsted.`,
      { published: '2024-03-01', url: 'https://news.example/herefordshire-story' },
      index,
    );
    expect(summary(a)).toEqual(['derbyshire overall good matches']);
  });
});

describe('an abolished authority named for a time after its abolition', () => {
  const text = 'Ofsted rated Northamptonshire’s children’s services requires improvement, removing them from the inadequate category.';

  it('is its successors’ (each checked, neither firm), and the grade left behind stays the predecessor’s', () => {
    const a = analyse(text, { published: '2022-11-25' }, index);
    expect(summary(a)).toEqual([
      'north-northamptonshire overall requires_improvement no_record',
      'west-northamptonshire overall requires_improvement no_record',
      'northamptonshire overall inadequate no_record',
    ]);
    expect(a.claims[0]?.flags.join(' ')).toContain('passed to North Northamptonshire and West Northamptonshire');
  });

  it('before its abolition it is itself', () => {
    expect(summary(analyse(text, { published: '2019-11-25' }, index)).map((c) => c.split(' ')[0])).toEqual([
      'northamptonshire',
      'northamptonshire',
    ]);
  });
});

describe('the page’s own site', () => {
  const withDomain = (domain: string, ambiguousAliases: string[]) =>
    buildEngineIndex({
      ...fixtureDataset,
      authorities: fixtureDataset.authorities.map((a) => (a.id === 'derbyshire' ? { ...a, domain, ambiguousAliases } : a)),
    });
  const text = 'Ofsted said the council’s children’s services were good.';

  it('a council’s own site makes “the council” that council', () => {
    const a = analyse(text, { published: '2024-03-01', url: 'https://news.derbyshire.gov.uk/story' }, withDomain('derbyshire.gov.uk', []));
    expect(summary(a)).toEqual(['derbyshire overall good matches']);
  });

  it('a site named after an organisation serving several councils is none’s own', () => {
    const a = analyse(
      text,
      { published: '2024-03-01', url: 'https://www.servingchildren.org.uk/story' },
      withDomain('servingchildren.org.uk', ['Serving Children']),
    );
    expect(summary(a)).toEqual([]);
  });
});
