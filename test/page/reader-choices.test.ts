/** The reader's own choices (Not a claim, Pause on this site): stored validated, read the same with and without zod. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coerceReaderChoices, isPausedOn, pageKey, parseReaderChoices, withNotClaim, withPaused } from '@/lib/reader-choices';

describe('reader choices', () => {
  it('are read the same by the content script (no zod) and the options page (zod); bad values become none', () => {
    const value = fc.oneof(
      fc.record({
        paused: fc.oneof(fc.array(fc.oneof(fc.domain(), fc.string())), fc.anything()),
        notClaims: fc.oneof(fc.dictionary(fc.webUrl(), fc.array(fc.string({ maxLength: 400 }), { maxLength: 3 })), fc.anything()),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(coerceReaderChoices(v)).toEqual(parseReaderChoices(v));
      }),
    );
  });

  it('remember "Not a claim" per page address, without the #fragment, once each', () => {
    let c = withNotClaim({ paused: [], notClaims: {} }, 'https://news.example/story#comments', 'k1');
    c = withNotClaim(c, 'https://news.example/story', 'k1');
    c = withNotClaim(c, 'https://news.example/story', 'k2');
    expect(c.notClaims).toEqual({ 'https://news.example/story': ['k1', 'k2'] });
    expect(pageKey('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
  });

  it('pause a site and its subdomains, and resume it', () => {
    const c = withPaused({ paused: [], notClaims: {} }, 'www.News.example', true);
    expect(c.paused).toEqual(['news.example']);
    expect(isPausedOn(c, 'local.news.example')).toBe(true);
    expect(isPausedOn(c, 'othernews.example')).toBe(false);
    expect(isPausedOn(withPaused(c, 'news.example', false), 'news.example')).toBe(false);
  });
});
