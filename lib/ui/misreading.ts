/**
 * "Report a misreading": a ready-to-paste description for the project's issue
 * tracker. It is only copied to the clipboard; nothing is sent anywhere.
 */
import type { Claim } from '../engine/types';
import { claimWords } from './record-text';
import { readerExplanation, verdictLabel } from './explanation';
import type { InspectionSummary } from '../messaging';

export function misreadingReport(input: {
  claim: Claim;
  sentence: string;
  authorityName: string;
  pageUrl: string;
  inspections?: Readonly<Record<string, InspectionSummary>>;
}): string {
  const { claim } = input;
  return [
    'Ofsted Lens misread a sentence',
    '',
    `Page: ${input.pageUrl}`,
    `Sentence: "${(input.sentence || claim.text).replace(/\s+/g, ' ').trim()}"`,
    `Words marked: "${claim.text}"`,
    `What Ofsted Lens read: ${input.authorityName}, ${claimWords(claim)}`,
    `Its verdict: ${verdictLabel(claim, input.inspections ?? {})}. ${readerExplanation(claim, input.inspections ?? {})}`,
    '',
    'What the sentence actually says: (please describe)',
  ].join('\n');
}
