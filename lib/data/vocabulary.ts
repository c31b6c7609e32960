/**
 * The dataset's vocabulary as plain constants, without zod, so code that must stay
 * small (the content script's reply checks) shares the one list with the schemas.
 */

/** A grade as Ofsted prints it. `adequate` exists only in pre-2013 frameworks. */
export const GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate', 'adequate'] as const;
/** What a judgement slot holds when it holds no grade: the report made none, or it is not known. */
export const UNGRADED = ['not_judged', 'unknown'] as const;

/**
 * The judgements any framework defines. For ILACS 2018 `in_care` is the single
 * "children in care and care leavers" judgement; from 2023 it is split into
 * `in_care` and `care_leavers`. For SIF `in_care` is "children looked after and
 * achieving permanence", with `adoption` and `care_leavers` as its sub-judgements.
 */
export const JUDGEMENTS = [
  'overall',
  'leaders',
  'help_protection',
  'in_care',
  'care_leavers',
  'adoption',
  'lscb',
  'capacity_to_improve',
] as const;

/** The inspection frameworks, with the judgements each defines. */
export const FRAMEWORKS = {
  /** Inspection of local authority children's services, Jan 2018 to early 2023. */
  ilacs_2018: ['overall', 'leaders', 'help_protection', 'in_care'],
  /** ILACS with the care-leavers judgement split out (fieldwork from early 2023). */
  ilacs_2023: ['overall', 'leaders', 'help_protection', 'in_care', 'care_leavers'],
  /** ILACS from April 2026: no overall effectiveness judgement. */
  ilacs_2026: ['leaders', 'help_protection', 'in_care', 'care_leavers'],
  /** Single inspection framework, November 2013 to 2017. */
  sif: ['overall', 'help_protection', 'in_care', 'adoption', 'care_leavers', 'leaders', 'lscb'],
  /** Inspection of local authority arrangements for the protection of children (2012-2013). */
  child_protection_2012: ['overall', 'capacity_to_improve'],
  /** Inspection of services for looked after children (2012-2013). */
  looked_after_2012: ['overall', 'capacity_to_improve'],
  /** Safeguarding and looked after children inspections (2009-2012). */
  safeguarding_lac_2009: ['overall', 'capacity_to_improve'],
} as const satisfies Record<string, readonly (typeof JUDGEMENTS)[number][]>;
