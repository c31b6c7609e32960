/**
 * Grades and judgements in plain words, with the colours the UI gives them.
 * Type-only imports keep the dataset schema (and zod) out of the content script.
 */
import type { Framework, Grade, Judgement, JudgementValue } from '../data/schema';
import type { ClaimJudgement } from '../engine/types';

/** How each grade reads in a sentence ("requires improvement to be good" shortened as readers do). */
export const GRADE_WORDS: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
  adequate: 'Adequate',
};

/** A judgement slot's value in words. */
export function judgementValueWords(value: JudgementValue): string {
  if (value === 'not_judged') return 'Not judged';
  if (value === 'unknown') return 'Grade not known';
  return GRADE_WORDS[value];
}

/**
 * Chip colours per grade, chosen for at least 4.5:1 contrast of `fg` on `bg`
 * in both themes (the chip carries its own background).
 */
export const GRADE_COLOURS: Record<JudgementValue, { bg: string; fg: string }> = {
  outstanding: { bg: '#1d5e2b', fg: '#ffffff' },
  good: { bg: '#2f6f9f', fg: '#ffffff' },
  requires_improvement: { bg: '#f2c94c', fg: '#1f1f1f' },
  adequate: { bg: '#f2c94c', fg: '#1f1f1f' },
  inadequate: { bg: '#a4262c', fg: '#ffffff' },
  not_judged: { bg: '#e4e4e4', fg: '#1f1f1f' },
  unknown: { bg: '#e4e4e4', fg: '#1f1f1f' },
};

/** Short judgement names for claims and chips. */
export const JUDGEMENT_WORDS: Record<ClaimJudgement | Judgement, string> = {
  overall: 'Overall effectiveness',
  leaders: 'Impact of leaders',
  help_protection: 'Help and protection',
  in_care: 'Children in care',
  care_leavers: 'Care leavers',
  adoption: 'Adoption',
  lscb: 'Safeguarding board',
  capacity_to_improve: 'Capacity to improve',
  other: 'Grade',
};

/**
 * A judgement's name as the framework's own reports put it, where that differs
 * from the short name: ILACS 2018 judged children in care and care leavers
 * together, and SIF named its judgements differently.
 */
const FRAMEWORK_JUDGEMENT_WORDS: Partial<Record<Framework, Partial<Record<Judgement, string>>>> = {
  ilacs_2018: { in_care: 'Children in care and care leavers' },
  sif: {
    in_care: 'Children looked after and achieving permanence',
    leaders: 'Leadership, management and governance',
    adoption: 'Adoption performance',
    care_leavers: 'Experiences and progress of care leavers',
    lscb: 'Local Safeguarding Children Board',
  },
};

/** A judgement's name in the words of the given framework (the short name where they agree). */
export function judgementWordsIn(framework: Framework, judgement: Judgement): string {
  return FRAMEWORK_JUDGEMENT_WORDS[framework]?.[judgement] ?? JUDGEMENT_WORDS[judgement];
}
