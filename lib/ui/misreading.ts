/**
 * "Report a misreading": a ready-to-paste description for the project's issue
 * tracker. It is only copied to the clipboard; nothing is sent anywhere.
 */
import type { Claim } from '../engine/types';
import { claimWords } from './record-text';
import { VERDICT_LABELS } from './verdicts';

export function misreadingReport(input: { claim: Claim; sentence: string; authorityName: string; pageUrl: string }): string {
  const { claim } = input;
  return [
    'Ofsted Lens misread a sentence',
    '',
    `Page: ${input.pageUrl}`,
    `Sentence: "${(input.sentence || claim.text).replace(/\s+/g, ' ').trim()}"`,
    `Words marked: "${claim.text}"`,
    `What Ofsted Lens read: ${input.authorityName}, ${claimWords(claim)}`,
    `Its verdict: ${VERDICT_LABELS[claim.verdict]}. ${claim.explanation}`,
    '',
    'What the sentence actually says: (please describe)',
  ].join('\n');
}
