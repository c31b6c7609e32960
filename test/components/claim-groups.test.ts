/** The popup's summary line and quotes, as a reader reads them. */
import { describe, expect, it } from 'vitest';
import { shortQuote, summaryLine } from '@/lib/ui/claim-groups';
import type { Claim } from '@/lib/engine/types';

const claim = (verdict: Claim['verdict']) => ({ claim: { verdict } as Claim, sentence: '' });

describe('summary and quotes', () => {
  it('sums up the claims in one line', () => {
    const claims = [claim('contradicts'), claim('wrong_authority'), claim('matches'), claim('superseded'), claim('no_record')];
    expect(summaryLine(claims)).toBe('5 claims: 2 need attention, 1 right, 1 superseded, 1 could not be checked');
  });

  it('cuts a long quote at word boundaries around the claim', () => {
    const sentence = `${'Inspector '.repeat(30)}said Essex was rated inadequate ${'afterwards '.repeat(30)}`;
    const quote = shortQuote(sentence, 'inadequate', 80);
    expect(quote).toContain('inadequate');
    expect(quote.length).toBeLessThanOrEqual(82);
    expect(quote).toMatch(/^…(Inspector|said) /);
    expect(quote).toMatch(/ (afterwards)…$/);
  });
});
