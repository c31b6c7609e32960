/**
 * The content script's hand-written guards accept exactly what the zod schemas
 * in lib/messaging.ts and lib/storage.ts accept.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AnalyseResponse } from '@/lib/messaging';
import { parseOptions } from '@/lib/storage';
import { coerceOptions, isAnalyseResponse, isPageFindingsRequest } from '@/lib/page/guards';
import { responseFor } from './fixtures';

const valid = responseFor('Hertfordshire County Council is rated outstanding. Hertfordshire was judged good.');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string, Json>)[k as string]!, [...prefix, k]))];
}

function mutate(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  if (path.length === 0) return replacement ?? null;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

describe('isAnalyseResponse', () => {
  it('accepts a well-formed reply', () => {
    expect(AnalyseResponse.safeParse(valid).success).toBe(true);
    expect(isAnalyseResponse(valid)).toBe(true);
  });

  it('agrees with the zod schema on every one-field change of a reply', () => {
    const json = valid as unknown as Json;
    const replacements: (Json | undefined)[] = [
      undefined,
      null,
      42,
      -1,
      1.5,
      '',
      'x',
      'good',
      '2023-03-10',
      true,
      [],
      {},
      'https://a.b/c',
      'https://files.ofsted.gov.uk/v1/file/1',
      'http://files.ofsted.gov.uk/v1/file/1',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://localhost/x',
      ' https://example.org/a ',
    ];
    for (const path of paths(json)) {
      for (const replacement of replacements) {
        const candidate = mutate(json, path, replacement);
        expect([path.join('.'), replacement, isAnalyseResponse(candidate)]).toEqual([
          path.join('.'),
          replacement,
          AnalyseResponse.safeParse(candidate).success,
        ]);
      }
    }
  });

  it('agrees with the zod schema on arbitrary values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isAnalyseResponse(value)).toBe(AnalyseResponse.safeParse(value).success);
      }),
    );
  });
});

describe('coerceOptions', () => {
  const options = fc.record({
    scope: fc.oneof(fc.constantFrom('all', 'listed', 'paused'), fc.string()),
    sites: fc.oneof(fc.array(fc.oneof(fc.domain(), fc.string(), fc.constant('  Example.CO.uk '))), fc.anything()),
    marks: fc.oneof(fc.constantFrom('all', 'attention'), fc.string()),
  });

  it('reads stored options exactly as the zod schema does, with bad values becoming the defaults', () => {
    fc.assert(
      fc.property(fc.oneof(options, fc.anything()), (value) => {
        expect(coerceOptions(value)).toEqual(parseOptions(value));
      }),
    );
  });

  it.each([
    [
      { scope: 'listed', sites: [' BBC.co.uk '], marks: 'attention' },
      { scope: 'listed', sites: ['bbc.co.uk'], marks: 'attention' },
    ],
    [
      { scope: 'nowhere', sites: [], marks: 'all' },
      { scope: 'all', sites: [], marks: 'all' },
    ],
    [null, { scope: 'all', sites: [], marks: 'all' }],
  ])('%o → %o', (stored, expected) => {
    expect(coerceOptions(stored)).toEqual(expected);
  });
});

describe('isPageFindingsRequest', () => {
  it.each([
    [{ type: 'page-findings' }, true],
    [{ type: 'page-findings', extra: 1 }, false],
    [{ type: 'analyse' }, false],
    ['page-findings', false],
  ])('%o → %s', (message, expected) => {
    expect(isPageFindingsRequest(message)).toBe(expected);
  });
});
