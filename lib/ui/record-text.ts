/**
 * Sentences about an authority's record, shared by the page card and the popup.
 * Type-only imports: this file ships in the content script.
 */
import type { AuthoritySummary, InspectionSummary } from '../messaging';
import type { Claim } from '../engine/types';
import { longDate, monthYear } from '../dates';
import { GRADE_WORDS, JUDGEMENT_WORDS, judgementValueWords } from './grades';

/** True for frameworks that give no overall effectiveness grade (ILACS from April 2026). */
export function hasNoOverall(inspection: Pick<InspectionSummary, 'framework'>): boolean {
  return inspection.framework === 'ilacs_2026';
}

/** "Outstanding overall, report published 10 March 2023" and the like, for the newest report. */
export function latestLine(summary: AuthoritySummary): string {
  if (summary.kind === 'not_inspected') {
    return `Ofsted does not inspect ${summary.shortName}'s children's services; ${summary.inspectorate} does.`;
  }
  const latest = summary.latest;
  if (!latest) return 'No Ofsted inspection report on record.';
  const date = longDate(latest.published);
  const unverified = latest.unverified ? ' Grades not checked against the report.' : '';
  // Where the newest report gives no overall grade a reader can rely on, the last one that did.
  const graded = summary.lastGraded;
  const lastGraded =
    graded && graded.published !== latest.published
      ? ` Latest overall grade: ${judgementValueWords(graded.grade)}, ${monthYear(graded.published)}.`
      : '';
  if (hasNoOverall(latest)) {
    return `Latest report published ${date}. No overall grade: Ofsted stopped giving one in April 2026.${unverified}${lastGraded}`;
  }
  const overall = latest.judgements.overall;
  if (!overall || overall === 'unknown') return `Latest report published ${date}; its grades are not known yet.${unverified}${lastGraded}`;
  return `Latest grade: ${judgementValueWords(overall)} overall, report published ${date}.${unverified}${latest.unverified ? lastGraded : ''}`;
}

/**
 * "Checked against the report published 10 March 2023 (overall effectiveness: outstanding)."
 * `otherName` names the authority whose report it is when that is not the claim's own
 * (a wrong-authority verdict).
 */
export function checkedAgainstLine(claim: Claim, inspection: InspectionSummary | undefined, otherName?: string): string | null {
  if (!claim.inspection) return null;
  const date = longDate(claim.inspection.published);
  const whose = otherName ? `${otherName}'s report` : 'the report';
  const key = claim.judgement === 'other' ? 'overall' : claim.judgement;
  const value = inspection?.judgements[key];
  const grade = value ? ` (${JUDGEMENT_WORDS[key].toLowerCase()}: ${judgementValueWords(value).toLowerCase()})` : '';
  return `Checked against ${whose} published ${date}${grade}.`;
}

/** What the claim says, in words: "Overall effectiveness: Good". */
export function claimWords(claim: Claim): string {
  return `${JUDGEMENT_WORDS[claim.judgement]}: ${GRADE_WORDS[claim.grade]}`;
}

/** "Verdicts as of March 2023 (date from the page)". */
export function asOfLine(published: { date: string | null; source: string }): string {
  if (!published.date) return 'No article date found: verdicts are as of today.';
  const how =
    published.source === 'inferred' || published.source === 'text'
      ? 'inferred from the text'
      : published.source === 'metadata'
        ? "from the page's metadata"
        : 'given';
  return `Verdicts as of ${monthYear(published.date)} (article date ${longDate(published.date)}, ${how}).`;
}
