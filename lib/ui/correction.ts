/**
 * A citation-ready correction note for one claim: what the article says, what the
 * record says, and where the record is.
 */
import type { AuthoritySummary, InspectionSummary } from '../messaging';
import type { Claim } from '../engine/types';
import { longDate } from '../dates';
import { claimWords } from './record-text';
import { readerExplanation, verdictLabel } from './explanation';

/** The plain-text note a reader can paste into an email to the newsroom. */
export function correctionNote(input: {
  claim: Claim;
  /** The sentence the claim sits in, quoted instead of the bare claim when given. */
  sentence?: string;
  authority: AuthoritySummary | undefined;
  inspection: InspectionSummary | undefined;
  pageUrl: string;
  articleDate: string | null;
  /** The page's inspection records, for the verdict's plain words ("still the same"). */
  inspections?: Readonly<Record<string, InspectionSummary>>;
}): string {
  const { claim, authority, pageUrl, articleDate } = input;
  const inspections = input.inspections ?? {};
  const quoted = (input.sentence || claim.text).replace(/\s+/g, ' ').trim();
  const name = authority?.name ?? claim.authority;
  const lines = [
    `Claim: "${quoted}" (${claimWords(claim)}, about ${name})`,
    `Source: ${pageUrl}${articleDate ? `, published ${longDate(articleDate)}` : ''}`,
    `Verdict: ${verdictLabel(claim, inspections)}. ${readerExplanation(claim, inspections)}`,
  ];
  if (claim.inspection) {
    lines.push(`Record: Ofsted inspection report on ${name}, published ${longDate(claim.inspection.published)}: ${claim.inspection.url}`);
  }
  if (claim.supersededBy) {
    lines.push(`Later report: published ${longDate(claim.supersededBy.published)}: ${claim.supersededBy.url}`);
  }
  if (claim.suggestion) lines.push(`Note: ${claim.suggestion.reason}`);
  lines.push('Checked with Ofsted Lens against Ofsted reports (Open Government Licence v3.0).');
  return lines.join('\n');
}
