/** Coloured chips for grades and verdicts; the words are always there, colour only adds to them. */
import type { JudgementValue } from '@/lib/data/schema';
import type { Verdict } from '@/lib/engine/types';
import { GRADE_COLOURS, judgementValueWords } from '@/lib/ui/grades';
import { VERDICT_COLOURS, VERDICT_LABELS } from '@/lib/ui/verdicts';

export function GradeChip({ value }: { value: JudgementValue }) {
  const colours = GRADE_COLOURS[value];
  return (
    <span class="chip" style={{ background: colours.bg, color: colours.fg }}>
      {judgementValueWords(value)}
    </span>
  );
}

export function VerdictChip({ verdict, label }: { verdict: Verdict; label?: string }) {
  const colours = VERDICT_COLOURS[verdict];
  return (
    <span class="chip" style={{ background: colours.chip, color: colours.chipText }}>
      {label ?? VERDICT_LABELS[verdict]}
    </span>
  );
}
