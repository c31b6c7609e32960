// @vitest-environment happy-dom
/**
 * Property tests of the page side (lib/page) with the real engine and dataset, on
 * random DOM trees with authority names and claims inserted:
 * - walking a page never changes its text, and every mention and claim maps back to
 *   the same characters in the DOM;
 * - the annotator (the content script's scan entry point) marks the same things
 *   whether the content arrives at once or in random chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../tools/data/load';
import { datasetNames } from '../../lib/data/names';
import { analyse, buildEngineIndex, buildNameMatcher } from '../../lib/engine/index';
import { Annotator } from '../../lib/page/annotator';
import { locate } from '../../lib/page/segments';
import { walkText } from '../page/walk-text';
import { recordIndex, withRecords } from '../../lib/ui/summaries';

const dataset = loadSeeds('seeds');
const index = buildEngineIndex(dataset);
const records = recordIndex(dataset);
const prefilter = buildNameMatcher(datasetNames(dataset));
const ambiguous = new Set(dataset.authorities.flatMap((a) => a.ambiguousAliases ?? []));
const names = dataset.authorities
  .filter((a) => a.abolished === null)
  .flatMap((a) => [a.name, a.shortName])
  .filter((n) => !ambiguous.has(n));

// Whole sentences: a block that begins in lower case runs on from the block before (see regressions.test.ts).
const filler = fc.constantFrom(
  'The plan was agreed on Monday.',
  'Parents welcomed the news.',
  'A new budget was set.',
  'Staff said so.',
  '',
);
const claim = fc
  .tuple(fc.constantFrom(...names), fc.constantFrom('good', 'outstanding', 'inadequate', 'requires improvement to be good'))
  .map(([name, grade]) => `${name} children’s services were rated ${grade} by Ofsted.`);
// A bare name is followed by a word: a one-word name at the end of a block is read with the next block (see regressions.test.ts).
const mention = fc.constantFrom(...names).map((name) => `${name} said so.`);
const sentence = fc.oneof(filler, claim, mention, fc.constantFrom('\u200b', '😀', 'مجلس', '\u00a0', '\n'));
const INLINE = ['span', 'b', 'em', 'a', 'strong'];
const BLOCK = ['p', 'div', 'section', 'li', 'h2', 'blockquote'];
const SKIPPED = ['script', 'style', 'textarea', 'button'];

/** A small random DOM tree, described as data so fast-check can shrink it. */
type Tree = string | { tag: string; children: Tree[] };
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...BLOCK, ...INLINE, ...SKIPPED),
    children: fc.array(tie('node'), { maxLength: 5 }),
  }),
  node: fc.oneof({ depthSize: 'small' }, { arbitrary: sentence, weight: 3 }, { arbitrary: tie('tree'), weight: 1 }),
}));
/** A page: top-level blocks, each a paragraph of sentences or a tree. */
const page = fc.array(
  fc.oneof(
    fc.array(fc.oneof(sentence, claim), { minLength: 1, maxLength: 4 }).map((s): Tree => ({ tag: 'p', children: [s.join(' ')] })),
    tree,
  ),
  { minLength: 1, maxLength: 8 },
);

function build(doc: Document, t: Tree): Node {
  // Text nodes end in a space so that two of them never glue into one word (see regressions.test.ts).
  if (typeof t === 'string') return doc.createTextNode(`${t} `);
  const el = doc.createElement(t.tag);
  for (const child of t.children) el.append(build(doc, child));
  return el;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

function freshBody(): HTMLElement {
  document.body.replaceChildren();
  document.documentElement.querySelectorAll('ofsted-lens-ui').forEach((n) => n.remove());
  return document.body;
}

describe('page walker and engine on random DOM trees (fuzz)', () => {
  it('leave the text unchanged and map every finding back to the same characters', () => {
    fc.assert(
      fc.property(page, (blocks) => {
        const body = freshBody();
        for (const b of blocks) body.append(build(document, b));
        const before = body.textContent;
        const { text, segments } = walkText(body);
        const a = analyse(text, { published: '2025-01-01' }, index);
        expect(body.textContent).toBe(before);
        for (const span of [...a.mentions, ...a.claims]) {
          const located = locate(segments, span.start, span.end);
          expect(located).not.toBeNull();
          // Block breaks are in the walked text, not the DOM: compare without white space.
          expect(squeeze(located!.range.toString())).toBe(squeeze(span.text));
          for (const node of located!.nodes) expect(node.parentElement?.closest(SKIPPED.join(','))).toBeNull();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the annotator marks the same authorities, claims and verdicts whether content arrives at once or in chunks', async () => {
    const report = async (blocks: Tree[], chunks: number[] | null): Promise<string[]> => {
      const body = freshBody();
      const annotator = new Annotator({
        doc: document,
        mayMention: (t) => prefilter.mayMentionAuthority(t),
        analyse: async (request) =>
          withRecords(records, analyse(request.text, { published: request.published, title: request.title }, index)),
        readContext: () => ({ published: '2025-01-01', title: null }),
        onCounts: () => undefined,
        onError: (error) => {
          throw error;
        },
        debounceMs: 0,
      });
      if (chunks === null) for (const b of blocks) body.append(build(document, b));
      const before = body.textContent;
      await annotator.start('all');
      if (chunks !== null) {
        let at = 0;
        for (const size of [...chunks, blocks.length]) {
          const next = blocks.slice(at, at + size);
          at += next.length;
          for (const b of next) body.append(build(document, b));
          // Let the mutation observer and the debounce fire, then wait for the scans.
          await new Promise((resolve) => setTimeout(resolve, 1));
          await new Promise((resolve) => setTimeout(resolve, 1));
          await annotator.idle();
          if (at >= blocks.length) break;
        }
      }
      await annotator.idle();
      const r = annotator.findings('https://example.test/', true);
      annotator.stop();
      if (chunks === null) expect(body.textContent).toBe(before);
      return [
        ...r.mentions.map((m) => `mention ${m.id} x${m.count}`),
        ...r.claims.map((c) => `claim ${c.claim.authority} "${c.claim.text}" ${c.claim.verdict}`),
      ].sort();
    };
    await fc.assert(
      fc.asyncProperty(page, fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 6 }), async (blocks, chunks) => {
        const whole = await report(blocks, null);
        const pieces = await report(blocks, chunks);
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });
});
