/**
 * The highlight rules (the manifest's content-script stylesheet, written from them at
 * build time by modules/highlight-styles.ts) style every registered highlight.
 */
import { describe, expect, it } from 'vitest';
import { highlightCss } from '@/lib/page/styles';
import { VERDICTS } from '@/lib/engine/types';

describe('highlight rules', () => {
  it('have one style for mentions and one per verdict', () => {
    const css = highlightCss();
    for (const name of ['authority', ...VERDICTS]) expect(css).toContain(`::highlight(ofsted-lens-${name})`);
  });
});
