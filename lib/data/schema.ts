/**
 * The dataset's vocabulary and its zod schemas: one name for one thing across the
 * seeds, the engine and the UI (authority, inspection, judgement, grade).
 *
 * Every seed file, the bundled dataset and anything read back from storage is
 * validated with these schemas; inside the code the inferred types are trusted.
 */
import { z } from 'zod';
import { FRAMEWORKS, GRADES, JUDGEMENTS, UNGRADED } from './vocabulary';

export { FRAMEWORKS, GRADES, JUDGEMENTS, UNGRADED };

export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;

/**
 * What a judgement slot holds: a grade, `not_judged` where the report says that
 * judgement was not made, or `unknown` where a report is known to exist but its
 * grades have not been read from it.
 */
export const JudgementValue = z.union([Grade, z.enum(UNGRADED)]);
export type JudgementValue = z.infer<typeof JudgementValue>;

export const Judgement = z.enum(JUDGEMENTS);
export type Judgement = z.infer<typeof Judgement>;

export type Framework = keyof typeof FRAMEWORKS;
export const Framework = z.enum(Object.keys(FRAMEWORKS) as [Framework, ...Framework[]]);

/** Human names of the frameworks, for the UI and the command line. */
export const FRAMEWORK_LABELS: Record<Framework, string> = {
  ilacs_2018: 'ILACS (2018 framework)',
  ilacs_2023: 'ILACS (2023 framework, care leavers judged separately)',
  ilacs_2026: 'ILACS (April 2026 framework, no overall judgement)',
  sif: 'Single inspection framework (2013-2017)',
  child_protection_2012: 'Inspection of child protection (2012-2013)',
  looked_after_2012: 'Inspection of services for looked after children (2012-2013)',
  safeguarding_lac_2009: 'Safeguarding and looked after children inspection (2009-2012)',
};

/** An ISO calendar date, "YYYY-MM-DD". */
export const IsoDate = z.iso.date();

/**
 * A link the UI may put in an `<a href>`: https only, so a bad record can never
 * smuggle a `javascript:` or `data:` link into a card or the popup.
 */
export const HttpsUrl = z
  .string()
  .regex(/^https:\/\/\S+$/, 'must be an https:// address with no spaces')
  .pipe(z.url({ protocol: /^https$/ }));

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "north-somerset"');

export const AUTHORITY_TYPES = [
  'county',
  'unitary',
  'metropolitan_district',
  'london_borough',
  'city_of_london',
  'isles_of_scilly',
] as const;
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const;

/**
 * Names that are this authority's but also commonly mean something else (another
 * place, a person, a word, an organisation serving several authorities), e.g.
 * "Reading", "Richmond" (also North Yorkshire), "Newcastle" (also Newcastle-under-Lyme),
 * "Achieving for Children". May include the `shortName` itself. The engine should take
 * one of these as a mention only with extra context (e.g. "Reading Borough Council",
 * "children's services in Reading"). A name listed here is never in `aliases`.
 * Optional so that hand-written fixtures may leave it out; the seeds always hold it.
 */
const ambiguousAliases = z.array(z.string().min(2)).optional();

/** An English local authority with children's services, current or abolished. */
export const Authority = z
  .object({
    id: slug,
    /** Official name, e.g. "Hertfordshire County Council", "London Borough of Barnet". */
    name: z.string().min(3),
    /** The place name people use on its own, e.g. "Hertfordshire", "Barnet". */
    shortName: z.string().min(2),
    /**
     * Every other name people write, exactly as written (case matters for
     * abbreviations such as "RBKC" and "BCP"). The seeds' import also adds the regular
     * forms ("X Council", "X County Council" for counties, "&"/"and", "St"/"St.",
     * "-on-"/" on " variants) for current authorities, so the list is complete as is.
     * A name may be shared only between a predecessor and its successor (e.g. "Dorset"),
     * which the article's date resolves.
     */
    aliases: z.array(z.string().min(2)),
    ambiguousAliases,
    /**
     * Ofsted unique reference number of the local authority. Null only for an
     * abolished authority whose URN the source material does not establish.
     */
    urn: z
      .string()
      .regex(/^\d{5,8}$/)
      .nullable(),
    /** DfE three-digit LA code (e.g. "919"); null for predecessors without one. */
    dfeCode: z
      .string()
      .regex(/^\d{3}$/)
      .nullable(),
    /** ONS GSS code (E06/E08/E09/E10...). */
    gss: z.string().regex(/^E\d{8}$/),
    type: z.enum(AUTHORITY_TYPES),
    region: z.enum(REGIONS),
    /** Ids of statistical neighbours, closest first. */
    statisticalNeighbours: z.array(slug),
    /**
     * Ofsted's provider page for the authority (https://reports.ofsted.gov.uk/provider/44/<urn>);
     * null exactly when `urn` is null.
     */
    ofstedPage: HttpsUrl.nullable(),
    /** The council's own web domain (la-lookup.csv), e.g. "kent.gov.uk": a page there is about this authority. */
    domain: z
      .string()
      .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/)
      .optional(),
    /**
     * ISO date it ceased to exist (the day its successors took over, e.g. "2019-04-01"),
     * for predecessors; null for current authorities.
     */
    abolished: IsoDate.nullable(),
    /** Ids of the authorities that took over its children's services. */
    successors: z.array(slug),
    /** Ids of the authorities it took over from. */
    predecessors: z.array(slug),
  })
  .strict()
  .superRefine((authority, ctx) => {
    if (authority.abolished === null) {
      if (authority.urn === null) ctx.addIssue({ code: 'custom', path: ['urn'], message: 'a current authority must have its Ofsted URN' });
      if (authority.ofstedPage === null) {
        ctx.addIssue({ code: 'custom', path: ['ofstedPage'], message: 'a current authority must have its Ofsted page' });
      }
    }
    if ((authority.urn === null) !== (authority.ofstedPage === null)) {
      ctx.addIssue({ code: 'custom', path: ['ofstedPage'], message: 'ofstedPage must be null exactly when urn is null' });
    }
    for (const alias of authority.ambiguousAliases ?? []) {
      if (authority.aliases.includes(alias)) {
        ctx.addIssue({ code: 'custom', path: ['ambiguousAliases'], message: `"${alias}" is in both aliases and ambiguousAliases` });
      }
    }
  });
export type Authority = z.infer<typeof Authority>;

/** Where an inspection record's facts come from. */
export const InspectionSource = z.discriminatedUnion('kind', [
  /** Read from the report PDF by the import. */
  z.object({ kind: z.literal('report') }).strict(),
  /** Not among the PDFs; established by another Ofsted document, cited. */
  z.object({ kind: z.literal('curated'), citation: z.string().min(10) }).strict(),
  /** Known to exist; grades (if any) from a third party and not checked against the report. */
  z.object({ kind: z.literal('unverified'), note: z.string().min(10) }).strict(),
]);
export type InspectionSource = z.infer<typeof InspectionSource>;

/** One inspection report's record. */
export const Inspection = z
  .object({
    /** `<authority id>-<published>`, unique. */
    id: z.string().regex(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/),
    authority: slug,
    framework: Framework,
    /** Standard (two weeks' fieldwork) or short (one week); null where it does not apply. */
    kind: z.enum(['standard', 'short']).nullable(),
    fieldworkStart: IsoDate.nullable(),
    fieldworkEnd: IsoDate.nullable(),
    /** Publication date as printed on the report (the listing's date if the report prints none). */
    published: IsoDate,
    judgements: z.partialRecord(Judgement, JudgementValue),
    /** The report's permanent address. */
    url: HttpsUrl,
    source: InspectionSource,
  })
  .strict()
  .superRefine((inspection, ctx) => {
    const defined: readonly Judgement[] = FRAMEWORKS[inspection.framework];
    for (const key of Object.keys(inspection.judgements) as Judgement[]) {
      if (!defined.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', key],
          message: `${inspection.framework} defines no "${key}" judgement (it defines ${defined.join(', ')})`,
        });
      }
    }
    for (const key of defined) {
      if (inspection.judgements[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', key],
          message: `${inspection.framework} defines "${key}": record a grade, "not_judged" or "unknown"`,
        });
      }
    }
    const usesAdequate = inspection.framework.endsWith('2012') || inspection.framework.endsWith('2009');
    for (const [key, value] of Object.entries(inspection.judgements)) {
      if (value === 'adequate' && !usesAdequate) {
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', key],
          message: `"adequate" is not a grade in ${inspection.framework}`,
        });
      }
      if (value === 'requires_improvement' && usesAdequate) {
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', key],
          message: `"requires_improvement" is not a grade in ${inspection.framework}`,
        });
      }
    }
    if (inspection.fieldworkStart && inspection.fieldworkEnd && inspection.fieldworkEnd < inspection.fieldworkStart) {
      ctx.addIssue({ code: 'custom', path: ['fieldworkEnd'], message: 'fieldwork ends before it starts' });
    }
    if (inspection.fieldworkEnd && inspection.published < inspection.fieldworkEnd) {
      ctx.addIssue({ code: 'custom', path: ['published'], message: 'published before fieldwork ended' });
    }
    if (!inspection.id.startsWith(`${inspection.authority}-`) || !inspection.id.endsWith(inspection.published)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'id must be `<authority>-<published>`' });
    }
  });
export type Inspection = z.infer<typeof Inspection>;

/** Which body inspects children's services outside England. */
export const INSPECTORATES = {
  wales: 'Care Inspectorate Wales',
  scotland: 'the Care Inspectorate',
  northern_ireland: 'the Regulation and Quality Improvement Authority (RQIA)',
} as const;
export type Nation = keyof typeof INSPECTORATES;

/** A Welsh, Scottish or Northern Irish council: recognised so it is never mistaken for an English one. */
export const CouncilNotInspected = z
  .object({
    id: slug,
    name: z.string().min(3),
    shortName: z.string().min(2),
    aliases: z.array(z.string().min(2)),
    /**
     * Names that also mean an English place or something else, e.g. "Newport" (also on
     * the Isle of Wight and in Shropshire), "Angus" (a first name). As for `Authority`.
     */
    ambiguousAliases,
    nation: z.enum(Object.keys(INSPECTORATES) as [Nation, ...Nation[]]),
    /** Inspectorate's name, as in INSPECTORATES. */
    inspectorate: z.string().min(3),
  })
  .strict();
export type CouncilNotInspected = z.infer<typeof CouncilNotInspected>;

export const EVENT_KINDS = ['focused_visit', 'monitoring_visit', 'joint_targeted_area_inspection'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * A publication on an authority's Ofsted page that is not a graded inspection report:
 * a focused visit, a monitoring visit or a joint targeted area inspection. Ofsted gives
 * none of them a grade, so the dataset holds the date and address only.
 */
export const InspectionEvent = z
  .object({
    authority: slug,
    kind: z.enum(EVENT_KINDS),
    /** The date Ofsted's listing gives the publication. */
    published: IsoDate,
    /** The letter's or report's permanent address. */
    url: HttpsUrl,
  })
  .strict();
export type InspectionEvent = z.infer<typeof InspectionEvent>;

/** The whole dataset as the build bundles it and the engine reads it. */
export const Dataset = z
  .object({
    /** The newest publication date the dataset holds. */
    asOf: IsoDate,
    authorities: z.array(Authority),
    inspections: z.array(Inspection),
    councilsNotInspected: z.array(CouncilNotInspected),
    /** Ungraded publications (seeds/events.json); absent in hand-written fixtures. */
    events: z.array(InspectionEvent).optional(),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;
