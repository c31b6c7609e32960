// @vitest-environment happy-dom
/**
 * Page and dataset strings reach the reader only as text: the card (content script)
 * and the popup's "On this page" render a hostile authority name, claim, sentence and
 * title literally, creating no element from them. Links go to https only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { OnThisPage } from '@/components/OnThisPage';
import { buildCard } from '@/lib/page/card';
import type { PageFindings } from '@/lib/messaging';
import { AnalyseResponse, InspectionSummary } from '@/lib/messaging';
import { isAnalyseResponse } from '@/lib/page/guards';
import { Authority, Inspection } from '@/lib/data/schema';
import { responseFor } from '../page/fixtures';

afterEach(cleanup);

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
];
const TEXT = 'Hertfordshire County Council is rated outstanding. Hertfordshire was judged good in January 2026.';

/** A real-shaped response with every string a page or the dataset controls replaced by `evil`. */
function hostile(evil: string) {
  const r = responseFor(TEXT);
  const auth = r.authorities.hertfordshire!;
  if (auth.kind === 'authority') {
    auth.name = `Hertfordshire ${evil}`;
    auth.shortName = evil;
  }
  for (const c of r.analysis.claims) {
    c.text = evil;
    c.explanation = evil;
    c.flags = [evil];
    if (c.suggestion) c.suggestion.reason = evil;
  }
  return r;
}

function elementsIn(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('*'), (e) => e.tagName.toLowerCase());
}

describe.each(PAYLOADS)('hostile string %s', (evil) => {
  it('the card shows it as text and creates no element from it', () => {
    const r = hostile(evil);
    const claim = r.analysis.claims[1]!;
    const card = buildCard(
      document,
      {
        authorityId: 'hertfordshire',
        authority: r.authorities.hertfordshire,
        claim,
        inspections: r.inspections,
        claimCount: 2,
      },
      { onClose() {}, onNext() {}, onPrevious() {} },
    );
    document.body.append(card);
    expect(card.textContent).toContain(evil);
    expect(elementsIn(card).filter((t) => ['img', 'script', 'svg', 'iframe', 'object'].includes(t))).toEqual([]);
    for (const a of Array.from(card.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    card.remove();
  });

  it('the popup shows it as text and creates no element from it', () => {
    const r = hostile(evil);
    const report: PageFindings = {
      url: 'http://localhost/x',
      title: evil,
      published: r.analysis.published,
      mentions: [{ id: 'hertfordshire', count: 2 }],
      claims: r.analysis.claims.map((claim) => ({ claim, sentence: evil })),
      authorities: r.authorities,
      inspections: r.inspections,
      active: true,
    };
    const { container } = render(
      <OnThisPage
        state={{ kind: 'ready', findings: report }}
        onCopy={async () => {}}
        onOpenHistory={() => {}}
        onShowClaim={() => {}}
        onNotAClaim={async () => {}}
        onPause={async () => {}}
      />,
    );
    expect(container.textContent).toContain(evil);
    expect(elementsIn(container).filter((t) => ['img', 'script', 'svg', 'iframe', 'object'].includes(t))).toEqual([]);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('report links cannot run script', () => {
  const BAD = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'];

  it.each(BAD)('the content script rejects a reply whose report link is %s', (url) => {
    const r = responseFor(TEXT);
    r.analysis.claims[0]!.inspection!.url = url;
    expect(isAnalyseResponse(r)).toBe(false);
  });

  it.each(BAD)('the message schema rejects a report link %s', (url) => {
    expect(InspectionSummary.safeParse({ ...Object.values(responseFor(TEXT).inspections)[0]!, url }).success).toBe(false);
    const r = responseFor(TEXT);
    r.analysis.claims[0]!.inspection!.url = url;
    expect(AnalyseResponse.safeParse(r).success).toBe(false);
  });

  it.each(BAD)('the dataset schema rejects a report or provider page link %s', (url) => {
    expect(Inspection.shape.url.safeParse(url).success).toBe(false);
    expect(Authority.shape.ofstedPage.safeParse(url).success).toBe(false);
  });
});
