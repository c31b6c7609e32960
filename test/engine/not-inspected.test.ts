import { describe, expect, it } from 'vitest';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import { fixtureDataset } from '../fixtures/dataset';

const index = buildEngineIndex(fixtureDataset);
const claimsOf = (text: string): string[] =>
  analyse(text, { published: '2024-03-01' }, index).claims.map((c) => `${c.authority} ${c.grade} ${c.verdict}: ${c.explanation}`);
const CARDIFF =
  "cardiff good not_inspected_by_ofsted: Ofsted does not inspect Cardiff Council's children's services; Care Inspectorate Wales does.";

describe('an Ofsted grade given to a council outside England', () => {
  it.each<[string, string, string[]]>([
    ['Ofsted named as the one who rated', 'Ofsted rated Cardiff Council’s children’s services good.', [CARDIFF]],
    ['Ofsted named after the grade', 'Cardiff’s children’s services were rated good by Ofsted.', [CARDIFF]],
    [
      'Ofsted named in another clause, no other inspectorate named',
      'Ofsted, the paper wrote, rated Cardiff Council’s children’s services good.',
      [CARDIFF],
    ],
    [
      'a Scottish council names its own inspectorate',
      'Ofsted rated Glasgow City Council’s children’s services good.',
      [
        "glasgow good not_inspected_by_ofsted: Ofsted does not inspect Glasgow City Council's children's services; the Care Inspectorate does.",
      ],
    ],
    [
      'the council’s own inspectorate’s grade is not a claim',
      'Care Inspectorate Wales rated Cardiff Council’s children’s services good.',
      [],
    ],
    ['no inspectorate named: not a claim', 'Cardiff Council’s children’s services were described as good in a recent inspection.', []],
    [
      'its own inspectorate in the grade’s clause, Ofsted elsewhere',
      'Care Inspectorate Wales rated Cardiff’s children’s services good, as Ofsted did for Kent.',
      [],
    ],
    [
      'saying Ofsted does not inspect it',
      'Ofsted does not inspect Cardiff, whose services were rated good by Care Inspectorate Wales.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
