/** Plain-English pieces for verdict explanations: dates, grades and judgements as a reader says them. */
import type { Grade, JudgementValue } from '../data/schema';
import type { ClaimJudgement } from './types';

export { longDate, monthYear } from '../dates';

/** A grade as Ofsted prints it. */
export function gradeLabel(g: Grade | JudgementValue): string {
  switch (g) {
    case 'requires_improvement':
      return 'requires improvement to be good';
    case 'not_judged':
      return 'not judged';
    default:
      return g;
  }
}

/** A judgement as a sentence names it. */
export function judgementLabel(j: ClaimJudgement): string {
  switch (j) {
    case 'overall':
      return 'overall effectiveness';
    case 'leaders':
      return 'impact of leaders';
    case 'help_protection':
      return 'help and protection';
    case 'in_care':
      return 'children in care';
    case 'care_leavers':
      return 'care leavers';
    case 'adoption':
      return 'adoption';
    default:
      return 'grade';
  }
}
