// @vitest-environment happy-dom
/**
 * Where the browser has no CSS Custom Highlight API, marks are boxes inside the
 * extension's own shadow root: the page itself is left exactly as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Painter } from '@/lib/page/painter';
import { removeUiHost } from '@/lib/page/host';

afterEach(() => {
  removeUiHost();
  vi.restoreAllMocks();
});

describe('Painter without the Highlight API', () => {
  it('draws one overlay box per line of each mark, only inside its shadow root', () => {
    expect('highlights' in CSS).toBe(false); // happy-dom has no Highlight API: the fallback is what runs here.
    const parsed = new DOMParser().parseFromString('<body><p>Essex was rated <b>inadequate</b>.</p></body>', 'text/html');
    document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
    const bodyBefore = document.body.cloneNode(true);
    const rects = [new DOMRect(10, 20, 50, 16), new DOMRect(10, 40, 30, 16)];
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(rects as unknown as DOMRectList);

    const painter = new Painter(document);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('b')!);
    painter.paint([
      { range, style: 'contradicts' },
      { range, style: 'authority' },
    ]);

    const host = document.querySelector('ofsted-lens-ui')!;
    const boxes = host.shadowRoot!.querySelectorAll('.box');
    expect(boxes).toHaveLength(4);
    expect((boxes[0] as HTMLElement).style.top).toBe('20px');
    expect(document.body.isEqualNode(bodyBefore)).toBe(true);
    expect(host.parentElement).toBe(document.documentElement);

    painter.clear();
    expect(host.shadowRoot!.querySelectorAll('.box')).toHaveLength(0);
  });
});

describe('Painter when the browser refuses the highlights', () => {
  it('falls back to overlay boxes', () => {
    const registry = {
      set: vi.fn(() => {
        throw new Error('not allowed');
      }),
      delete: vi.fn(() => true),
    };
    const view = document.defaultView as unknown as { CSS: object; Highlight?: unknown };
    view.Highlight = class {
      priority = 0;
    };
    Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
    try {
      document.body.replaceChildren(document.createTextNode('Essex was rated inadequate.'));
      vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 40, 16)] as unknown as DOMRectList);
      const painter = new Painter(document);
      const range = document.createRange();
      range.selectNodeContents(document.body);
      painter.paint([{ range, style: 'contradicts' }]);
      expect(registry.set).toHaveBeenCalled();
      expect(painter.usesHighlights).toBe(false);
      expect(document.querySelector('ofsted-lens-ui')!.shadowRoot!.querySelectorAll('.box')).toHaveLength(1);
    } finally {
      delete (view as { CSS?: unknown }).CSS;
      delete view.Highlight;
    }
  });
});
