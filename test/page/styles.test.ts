/**
 * The highlight stylesheet the manifest loads styles every registered highlight
 * exactly as lib/page/styles.ts describes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss } from '@/lib/page/styles';
import { VERDICTS } from '@/lib/engine/types';

const normalise = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();

describe('highlights.css', () => {
  const file = readFileSync(join(import.meta.dirname, '../../entrypoints/content/highlights.css'), 'utf8');

  it('equals highlightCss() (regenerate the file when the colours change)', () => {
    expect(normalise(file)).toBe(normalise(highlightCss()));
  });

  it('has one style for mentions and one per verdict', () => {
    for (const name of ['authority', ...VERDICTS]) expect(file).toContain(`::highlight(ofsted-lens-${name})`);
  });
});
