/**
 * Verdicts in plain words and colours, shared by the page marks, the card and the popup.
 */
import type { Verdict } from '../engine/types';

/** A short label for each verdict, as a reader would say it. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  matches: 'Matches the record',
  superseded: 'Was right, since superseded',
  contradicts: 'Contradicts the record',
  wrong_authority: 'Wrong authority',
  no_record: 'No record to check against',
  not_inspected_by_ofsted: 'Not inspected by Ofsted',
  unclear: 'Unclear which report is meant',
};

/** The verdicts a reader should look at twice; the toolbar badge counts these. */
export const ATTENTION_VERDICTS: readonly Verdict[] = ['contradicts', 'wrong_authority'];

/** True when a claim with this verdict needs the reader's attention. */
export function needsAttention(verdict: Verdict): boolean {
  return ATTENTION_VERDICTS.includes(verdict);
}

/**
 * Colours per verdict: `mark` is the translucent highlight behind page text (the
 * page's own text colour stays), `line` the underline, `chip`/`chipText` a label.
 */
export const VERDICT_COLOURS: Record<Verdict, { mark: string; line: string; chip: string; chipText: string }> = {
  matches: { mark: 'rgba(46, 160, 67, 0.22)', line: '#2e7d32', chip: '#1d5e2b', chipText: '#ffffff' },
  superseded: { mark: 'rgba(242, 169, 0, 0.28)', line: '#b26a00', chip: '#8a5300', chipText: '#ffffff' },
  contradicts: { mark: 'rgba(214, 40, 40, 0.24)', line: '#c62828', chip: '#a4262c', chipText: '#ffffff' },
  wrong_authority: { mark: 'rgba(156, 39, 176, 0.24)', line: '#8e24aa', chip: '#6a1b9a', chipText: '#ffffff' },
  no_record: { mark: 'rgba(120, 120, 120, 0.22)', line: '#616161', chip: '#4a4a4a', chipText: '#ffffff' },
  not_inspected_by_ofsted: { mark: 'rgba(30, 110, 180, 0.18)', line: '#1565c0', chip: '#0d47a1', chipText: '#ffffff' },
  unclear: { mark: 'rgba(96, 125, 139, 0.2)', line: '#546e7a', chip: '#455a64', chipText: '#ffffff' },
};

/** The registered highlight name for a verdict, e.g. `ofsted-lens-wrong_authority`. */
export function verdictHighlightName(verdict: Verdict): string {
  return `ofsted-lens-${verdict}`;
}

/** The registered highlight name for authority mentions. */
export const AUTHORITY_HIGHLIGHT = 'ofsted-lens-authority';

/** Authority mentions on a dark background: a light underline, so it keeps 4.5:1 there. */
export const AUTHORITY_DARK_HIGHLIGHT = 'ofsted-lens-authority-dark';

/**
 * Which verdict wins when two claims cover the same words (one word, one mark):
 * the one a reader most needs to see, first.
 */
const VERDICT_STRENGTH: Record<Verdict, number> = {
  wrong_authority: 0,
  contradicts: 1,
  superseded: 2,
  unclear: 3,
  no_record: 4,
  not_inspected_by_ofsted: 5,
  matches: 6,
};

/** Negative when `a` is the stronger verdict. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return VERDICT_STRENGTH[a] - VERDICT_STRENGTH[b];
}
