import { describe, expect, it } from 'vitest';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { findMentions, scanMentions } from '../../lib/engine/mentions';
import { tokenise } from '../../lib/engine/normalise';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const mentions = (text: string): string[] =>
  findMentions(text, tokenise(text), index.trie, (id) => index.authorities.get(id)).map((m) => `${m.id}=${m.text}`);

describe('authority mentions', () => {
  it.each<[string, string, string[]]>([
    ['official name', 'Hertfordshire County Council met today.', ['hertfordshire=Hertfordshire County Council']],
    ['short name with curly possessive', 'Hertfordshire’s social workers', ['hertfordshire=Hertfordshire']],
    ['straight possessive', "Herefordshire's leaders", ['herefordshire=Herefordshire']],
    ['abbreviation', 'Herts social care', ['hertfordshire=Herts']],
    ['lower-case council suffix', 'Hertfordshire council said', ['hertfordshire=Hertfordshire council']],
    ['line break and double spaces inside a name', 'North\nSomerset  Council agreed', ['north-somerset=North\nSomerset  Council']],
    ['non-breaking space inside a name', 'North\u00a0Somerset', ['north-somerset=North\u00a0Somerset']],
    [
      'longest match: North Somerset is not Somerset',
      'North Somerset and Somerset',
      ['north-somerset=North Somerset', 'somerset=Somerset'],
    ],
    [
      'longest match: Derbyshire is not Derby',
      'Derbyshire County Council, not Derby City Council',
      ['derbyshire=Derbyshire County Council', 'derby=Derby City Council'],
    ],
    ['ambiguous name without context is dropped', 'Derby day at the races', []],
    ['ambiguous name with council context', 'Children’s services in Derby were inspected.', ['derby=Derby']],
    [
      'ambiguous name backed by an unambiguous mention',
      'Derby City Council staff. Derby is busy.',
      ['derby=Derby City Council', 'derby=Derby'],
    ],
    [
      'predecessor and successor share a name: current by default',
      'Dorset County Council and Dorset',
      ['dorset-county-council=Dorset County Council', 'dorset=Dorset'],
    ],
    [
      'Kingston upon Hull vs Kingston upon Thames',
      'Kingston upon Hull and Kingston upon Thames',
      ['kingston-upon-hull=Kingston upon Hull', 'kingston-upon-thames=Kingston upon Thames'],
    ],
    ['East Riding of Yorkshire', 'East Riding of Yorkshire Council', ['east-riding-of-yorkshire=East Riding of Yorkshire Council']],
    [
      'the Lincolnshires',
      'North East Lincolnshire, North Lincolnshire and Lincolnshire',
      ['north-east-lincolnshire=North East Lincolnshire', 'north-lincolnshire=North Lincolnshire', 'lincolnshire=Lincolnshire'],
    ],
    ['London Borough of X (derived)', 'the London Borough of Sutton', ['sutton=London Borough of Sutton']],
    ['Royal Borough abbreviation is case-sensitive', 'RBKC and rbkc', ['kensington-and-chelsea=RBKC']],
    ['BCP', 'BCP Council said', ['bournemouth-christchurch-and-poole=BCP Council']],
    [
      'predecessor resolves to itself',
      'Northamptonshire County Council was abolished',
      ['northamptonshire=Northamptonshire County Council'],
    ],
    ['no match inside another word', 'Kentish towns and Essexshire', []],
    ['hull of a ship is not Hull', 'the hull of a ship; Hull City Council', ['kingston-upon-hull=Hull City Council']],
    ['Reading the verb', 'Reading the report, Reading Borough Council agreed.', ['reading=Reading Borough Council']],
    [
      'Bury the verb at sentence start; Bury the place mid-sentence',
      'Bury the past. Families in Bury were helped by the council.',
      ['bury=Bury'],
    ],
    ['lower-case reading and bury', 'reading and bury', []],
    ['Sutton Coldfield is not Sutton', 'Sutton Coldfield and Sutton Council', ['sutton=Sutton Council']],
    ['Newcastle-under-Lyme is not Newcastle', 'Newcastle-under-Lyme, not Newcastle council', ['newcastle-upon-tyne=Newcastle council']],
    ['Newcastle under Lyme unhyphenated', 'Newcastle under Lyme', []],
    ['Kent Street is a street', 'on Kent Street in Kent', ['kent=Kent']],
    ['a line break ends a name before a place word', 'Kent\nStreet parties were held', ['kent=Kent']],
    ['Kent-based keeps Kent', 'a Kent-based charity', ['kent=Kent']],
    ['Richmond in North Yorkshire is a town', 'Richmond, North Yorkshire', ['north-yorkshire=North Yorkshire']],
    [
      'a list is not a town in a county',
      'Councils in Richmond, Kent and Essex',
      ['richmond-upon-thames=Richmond', 'kent=Kent', 'essex=Essex'],
    ],
    ['Welsh Newport', 'Newport City Council in Wales', ['newport=Newport City Council']],
    ['Isle of Wight Newport is a town', 'The council in Newport, Isle of Wight', ['isle-of-wight=Isle of Wight']],
    ['Bedford is not Bedfordshire', 'Bedfordshire and Bedford Borough Council', ['bedford=Bedford Borough Council']],
    [
      'hyphenated official name, spaced',
      'Stoke on Trent and Stoke-on-Trent',
      ['stoke-on-trent=Stoke on Trent', 'stoke-on-trent=Stoke-on-Trent'],
    ],
    ['zero-width space inside a name', 'Hert\u200bfordshire', ['hertfordshire=Hert\u200bfordshire']],
    ['Derby County is a football club', 'Derby County won', []],
  ])('%s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('reports offsets that slice back to the mention text', () => {
    const text = 'In 2023, Hertfordshire County\nCouncil and North Somerset';
    for (const m of findMentions(text, tokenise(text), index.trie, (id) => index.authorities.get(id))) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('the fast name search (scanMentions) agrees with a full read of the text', () => {
  const index = buildEngineIndex(fixtureDataset);
  const fast = (text: string): string[] =>
    scanMentions(text, index.trie, (id) => index.authorities.get(id)).map((m) => `${m.id}=${m.text}`);
  it.each([
    'Hertfordshire County Council met today.',
    // "_" is a word character to a RegExp's \b but not to the tokeniser: names beside it are still found.
    '_Hertfordshire_ and Essex_County_Council',
    'file_name Kent, then Herts.',
    'Kentish towns and Essexshire; the hull of a ship; Hull City Council',
    'North\nSomerset  Council and éEssex',
  ])('%j', (text) => {
    expect(fast(text)).toEqual(mentions(text));
  });

  it('finds a name right after an underscore', () => {
    expect(fast('_Hertfordshire_ said')).toEqual(['hertfordshire=Hertfordshire']);
  });
});
