/**
 * The labels file the evaluation reads: for each article (keyed by file name), the
 * authorities it names and the grade claims a careful reader finds in it, with the
 * verdict each deserves.
 */
import { z } from 'zod';
import { Grade } from '../../lib/data/schema';
import { VERDICTS } from '../../lib/engine/types';

/** One claim a careful reader finds in an article, and the verdict it deserves. */
export const LabelledClaim = z
  .object({
    /** Authority (or council-not-inspected) id. */
    authority: z.string().min(2),
    judgement: z.enum(['overall', 'leaders', 'help_protection', 'in_care', 'care_leavers', 'adoption', 'other']),
    grade: Grade,
    verdict: z.enum(VERDICTS),
    /** Publication date of the inspection the claim should be checked against, when there is one. */
    inspection: z.iso.date().nullable().optional(),
    /** Why the label is what it is (for people; not scored). */
    note: z.string().optional(),
  })
  .strict();
export type LabelledClaim = z.infer<typeof LabelledClaim>;

/** Everything labelled about one article. */
export const ArticleLabels = z
  .object({
    /** Expected article date (given, found or inferred); omitted when not scored. */
    published: z.iso.date().nullable().optional(),
    /** Ids of every authority and council-not-inspected the article names. */
    authorities: z.array(z.string().min(2)),
    claims: z.array(LabelledClaim),
    note: z.string().optional(),
  })
  .strict();
export type ArticleLabels = z.infer<typeof ArticleLabels>;

/** A labels file: article file name to its labels. */
export const LabelsFile = z.record(z.string().min(1), ArticleLabels);
export type LabelsFile = z.infer<typeof LabelsFile>;
