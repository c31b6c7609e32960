import { describe, expect, it } from 'vitest';
import { parseDate, parseDateRange } from '../../../tools/data/import/dates';
import { leadingGrade, readGrade } from '../../../tools/data/import/grades';

describe('fieldwork dates as reports print them', () => {
  it.each([
    ['8 – 12 July 2013', '2013-07-08', '2013-07-12'],
    ['15-19 July 2013', '2013-07-15', '2013-07-19'],
    ['18 to 29 July 2022', '2022-07-18', '2022-07-29'],
    ['27 April to 1 May 2026', '2026-04-27', '2026-05-01'],
    ['14 September 2015 – 8 October 2015', '2015-09-14', '2015-10-08'],
    ['11 January 2016–4 February 2016', '2016-01-11', '2016-02-04'],
    ['20 June 2017 ─ 13 July 2017', '2017-06-20', '2017-07-13'],
    ['12/09/2016 to 06/10/2016', '2016-09-12', '2016-10-06'],
    ['30 November to 4 December 2020', '2020-11-30', '2020-12-04'],
    ['29 December to 9 January 2021', '2020-12-29', '2021-01-09'],
  ])('%s', (text, start, end) => {
    expect(parseDateRange(text)).toMatchObject({ start, end });
  });

  it('reads single publication dates, worded or numeric', () => {
    expect(parseDate('Report published: 01 September 2014')).toBe('2014-09-01');
    expect(parseDate('Report published: 10/08/2015')).toBe('2015-08-10');
    expect(parseDate('Published: 31 February 2015')).toBeNull();
  });
});

describe('grade words', () => {
  it.each([
    ['Requires improvement to be good', 'requires_improvement'],
    ['Require s i mprovement', 'requires_improvement'],
    ['requires Improvement', 'requires_improvement'],
    ['Good', 'good'],
    ['inadequate', 'inadequate'],
    ['Grade 3 (adequate)', 'adequate'],
    ['Not judged', 'not_judged'],
    ['City Council effectively', null],
  ])('%s', (text, grade) => {
    expect(readGrade(text)).toBe(grade);
  });

  it('reads the grade that opens a predicate and ignores what follows', () => {
    expect(leadingGrade('require improvement to be good.')).toBe('requires_improvement');
    expect(leadingGrade('good because leaders listen')).toBe('good');
    expect(leadingGrade('improving')).toBeNull();
  });
});
