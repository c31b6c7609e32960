/**
 * Turning the grade words a report prints into the dataset's grade vocabulary.
 */
import type { JudgementValue } from '../../../lib/data/schema';

/** Lower-case letters only: survives split words ("Require s i mprovement") and wrapping. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The grade a cell of text states, or null when it states none. Accepts the
 * forms reports use: "Requires improvement to be good", "Require improvement",
 * "Grade 4 (inadequate)", "Not judged".
 */
export function readGrade(text: string): JudgementValue | null {
  const c = compact(text.replace(/grade\s*\d/gi, ''));
  if (c === '') return null;
  if (/^requires?improvement(tobegood)?$/.test(c)) return 'requires_improvement';
  if (c === 'good') return 'good';
  if (c === 'outstanding') return 'outstanding';
  if (c === 'inadequate') return 'inadequate';
  if (c === 'adequate') return 'adequate';
  if (/^(notjudged|notgraded|notapplicable|nojudgement(made)?)$/.test(c)) return 'not_judged';
  return null;
}

/**
 * The grade at the start of a sentence's predicate, e.g. the words after
 * "Children's services in X are" or "The LSCB is". Trailing words are allowed
 * ("requires improvement to be good.", "good because...").
 */
export function leadingGrade(text: string): JudgementValue | null {
  const c = compact(text);
  if (/^requires?improvement/.test(c)) return 'requires_improvement';
  if (c.startsWith('outstanding')) return 'outstanding';
  if (c.startsWith('inadequate')) return 'inadequate';
  if (c.startsWith('adequate')) return 'adequate';
  if (c.startsWith('good')) return 'good';
  return null;
}
