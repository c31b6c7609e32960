import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../tools/data/load';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import { VERDICTS } from '../../lib/engine/types';
import { readArticle } from '../../lib/page/article';

const root = join(import.meta.dirname, '..', '..');
const html = readFileSync(join(root, 'test/fixtures/pages/demo.html'), 'utf8');
const article = readArticle(parseHTML(html).document as unknown as Document);
const analysis = analyse(
  article.text,
  { published: article.published, publishedSource: 'metadata', title: article.title },
  buildEngineIndex(loadSeeds(join(root, 'seeds'))),
);
const verdictsOf = (authority: string): string[] =>
  analysis.claims.filter((c) => c.authority === authority).map((c) => `${c.judgement} ${c.grade} ${c.verdict}`);

describe('the demo article, against the project’s dataset', () => {
  it('shows every verdict', () => {
    expect(new Set(analysis.claims.map((c) => c.verdict))).toEqual(new Set(VERDICTS));
  });

  it('gives both grades of Herefordshire’s January 2026 report, said of Hertfordshire, to Herefordshire', () => {
    const swapped = analysis.claims.filter((c) => c.verdict === 'wrong_authority');
    expect(swapped.map((c) => `${c.judgement} ${c.grade} ${c.suggestion?.authority} ${c.inspection?.published.slice(0, 7)}`)).toEqual([
      'overall good herefordshire 2026-01',
      'leaders outstanding herefordshire 2026-01',
    ]);
  });

  it('matches Derby’s latest report, and is unclear about a year in which Suffolk had no report', () => {
    expect(verdictsOf('derby')).toEqual(['overall outstanding matches']);
    expect(verdictsOf('suffolk')).toEqual(['overall inadequate unclear']);
  });

  it('has no record for 2005, and says who inspects Cardiff', () => {
    expect(verdictsOf('kent')).toEqual(['other good no_record']);
    const cardiff = analysis.claims.find((c) => c.verdict === 'not_inspected_by_ofsted');
    expect(cardiff?.explanation).toBe("Ofsted does not inspect Cardiff Council's children's services; Care Inspectorate Wales does.");
  });
});
