/**
 * Builds the authority records from la-lookup.csv (facts: URN, DfE code, GSS code,
 * region, statistical neighbours) and the hand-curated names file (official names,
 * the names people write, predecessors and their successors). Pure: text in, records out.
 */
import { parseCsvRecords } from './csv';
import { z } from 'zod';
import { AUTHORITY_TYPES, Authority, REGIONS, type Authority as AuthorityRecord } from '../../../lib/data/schema';

/** Ofsted's provider page for a local authority, as Ofsted's report site addresses them. */
export function ofstedProviderPage(urn: string): string {
  return `https://reports.ofsted.gov.uk/provider/44/${urn}`;
}

const CuratedNames = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string(),
    aliases: z.array(z.string()),
    ambiguousAliases: z.array(z.string()).optional(),
    abolished: z.iso.date().optional(),
    successors: z.array(z.string()).optional(),
  })
  .strict();

const NotInLookup = CuratedNames.extend({
  urn: z.string().nullable(),
  gss: z.string(),
  type: z.enum(AUTHORITY_TYPES),
  region: z.enum(REGIONS),
}).strict();

/** The hand-curated names file (seeds/curated/authority-names.json), keyed by DfE LA code. */
export const CuratedAuthorityNames = z
  .object({
    $comment: z.string().optional(),
    authorities: z.record(z.string().regex(/^\d{3}$/), CuratedNames),
    /** Predecessors la-lookup.csv does not hold, with the facts it would have given. */
    notInLookup: z.record(z.string(), z.unknown()).transform((entries, ctx) => {
      const out: Record<string, z.infer<typeof NotInLookup>> = {};
      for (const [code, value] of Object.entries(entries)) {
        if (code.startsWith('$')) continue;
        const parsed = NotInLookup.safeParse(value);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: 'custom', path: [code, ...issue.path.map(String)], message: issue.message });
          }
          continue;
        }
        out[code] = parsed.data;
      }
      return out;
    }),
  })
  .strict();
export type CuratedAuthorityNames = z.input<typeof CuratedAuthorityNames>;

/** The authority type follows from the GSS code's entity prefix. */
function typeFromGss(gss: string): Authority['type'] {
  if (gss === 'E06000053') return 'isles_of_scilly';
  if (gss === 'E09000001') return 'city_of_london';
  if (gss.startsWith('E06')) return 'unitary';
  if (gss.startsWith('E08')) return 'metropolitan_district';
  if (gss.startsWith('E09')) return 'london_borough';
  if (gss.startsWith('E10')) return 'county';
  throw new Error(`GSS code ${gss} is not an English upper-tier authority's`);
}

/** Spelling variants people use for the same name: "&"/"and", "St"/"St.", "-on-"/" on ", "upon"/"-upon-". */
export function spellingVariants(name: string): string[] {
  const rewrites: [RegExp, string][] = [
    [/ and /g, ' & '],
    [/ & /g, ' and '],
    [/\bSt (?=[A-Z])/g, 'St. '],
    [/\bSt\. /g, 'St '],
    [/-on-/g, ' on '],
    [/-upon-/g, ' upon '],
    [/ upon /g, '-upon-'],
  ];
  const out = new Set<string>([name]);
  // Two rounds reach every combination of the independent rewrites the names need.
  for (let round = 0; round < 2; round++) {
    for (const current of [...out]) {
      for (const [pattern, replacement] of rewrites) {
        const next = current.replace(pattern, replacement);
        if (next !== current) out.add(next);
      }
    }
  }
  out.delete(name);
  return [...out];
}

/** The complete alias list: curated, regular forms for current authorities, and spelling variants. */
function completeAliases(
  curated: { name: string; shortName: string; aliases: string[]; ambiguousAliases?: string[] | undefined },
  type: Authority['type'],
  current: boolean,
): string[] {
  const regular = current ? [`${curated.shortName} Council`, ...(type === 'county' ? [`${curated.shortName} County Council`] : [])] : [];
  const base = [...curated.aliases, ...regular];
  const all = [...base, ...[curated.name, curated.shortName, ...base].flatMap(spellingVariants)];
  const excluded = new Set([curated.name, curated.shortName, ...(curated.ambiguousAliases ?? [])]);
  return [...new Set(all)].filter((alias) => !excluded.has(alias));
}

/**
 * Builds every authority record from la-lookup.csv's text and the curated names.
 * Predecessor links are mirrored (`predecessors` follows from the curated `successors`).
 * Throws an Error naming the row or code when the two sources disagree.
 * Records come out sorted by id and validated against the Authority schema.
 */
export function buildAuthorities(laLookupCsv: string, curatedInput: unknown): AuthorityRecord[] {
  const curated = CuratedAuthorityNames.parse(curatedInput);
  const rows = parseCsvRecords(laLookupCsv);
  const codeToId = new Map<string, string>();
  for (const [code, entry] of [...Object.entries(curated.authorities), ...Object.entries(curated.notInLookup)]) {
    codeToId.set(code, entry.id);
  }

  const records: AuthorityRecord[] = [];
  const seenCodes = new Set<string>();
  for (const row of rows) {
    const code = row['la_code'] ?? '';
    const entry = curated.authorities[code];
    if (!entry) throw new Error(`la-lookup.csv: LA code ${code} (${row['local_authority_ons_name']}) has no entry in the curated names`);
    if (row['country'] !== 'England') throw new Error(`la-lookup.csv: LA code ${code} is not in England`);
    seenCodes.add(code);
    const gss = row['la_code_new'] ?? '';
    const type = typeFromGss(gss);
    const current = entry.abolished === undefined;
    const neighbours = (row['stat_neighbours'] ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '')
      .map((c) => {
        const id = codeToId.get(c);
        if (!id) throw new Error(`la-lookup.csv: statistical neighbour ${c} of LA code ${code} is unknown`);
        return id;
      });
    const urn = row['urn'] ?? '';
    records.push({
      id: entry.id,
      name: entry.name,
      shortName: entry.shortName,
      aliases: completeAliases(entry, type, current),
      ambiguousAliases: entry.ambiguousAliases ?? [],
      urn,
      dfeCode: code,
      gss,
      type,
      region: row['region_name'] as Authority['region'],
      statisticalNeighbours: neighbours,
      ofstedPage: ofstedProviderPage(urn),
      ...(row['domain']
        ? {
            domain: (row['domain'] as string)
              .trim()
              .toLowerCase()
              .replace(/^www\./, ''),
          }
        : {}),
      abolished: entry.abolished ?? null,
      successors: entry.successors ?? [],
      predecessors: [],
    });
  }
  for (const code of Object.keys(curated.authorities)) {
    if (!seenCodes.has(code)) throw new Error(`curated names: LA code ${code} is not in la-lookup.csv (move it to notInLookup)`);
  }
  for (const [code, entry] of Object.entries(curated.notInLookup)) {
    if (seenCodes.has(code)) throw new Error(`curated names: LA code ${code} is in la-lookup.csv; it does not belong in notInLookup`);
    records.push({
      id: entry.id,
      name: entry.name,
      shortName: entry.shortName,
      aliases: completeAliases(entry, entry.type, entry.abolished === undefined),
      ambiguousAliases: entry.ambiguousAliases ?? [],
      urn: entry.urn,
      dfeCode: code,
      gss: entry.gss,
      type: entry.type,
      region: entry.region,
      statisticalNeighbours: [],
      ofstedPage: entry.urn === null ? null : ofstedProviderPage(entry.urn),
      abolished: entry.abolished ?? null,
      successors: entry.successors ?? [],
      predecessors: [],
    });
  }

  const byId = new Map(records.map((r) => [r.id, r]));
  for (const record of records) {
    for (const successorId of record.successors) {
      const successor = byId.get(successorId);
      if (!successor) throw new Error(`curated names: successor "${successorId}" of "${record.id}" is unknown`);
      successor.predecessors.push(record.id);
    }
  }
  records.sort((a, b) => a.id.localeCompare(b.id));
  for (const record of records) record.predecessors.sort();
  return records.map((record) => Authority.parse(record));
}
