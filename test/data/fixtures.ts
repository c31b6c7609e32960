/**
 * Invented seeds for the data layer's tests: four made-up authorities (one abolished,
 * with a successor), two made-up councils outside England and a handful of made-up
 * inspections chosen to exercise the query rules (a 2026 inspection without an overall
 * judgement, a curated record, a predecessor). None of it describes a real council.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Authority, CouncilNotInspected, Inspection } from '../../lib/data/schema';
import type { SeedContents } from '../../lib/data/validate';

function authority(
  id: string,
  name: string,
  shortName: string,
  codes: [urn: string | null, dfe: string, gss: string],
  extra: Partial<Authority> = {},
): Authority {
  const [urn, dfeCode, gss] = codes;
  return {
    id,
    name,
    shortName,
    aliases: [],
    ambiguousAliases: [],
    urn,
    dfeCode,
    gss,
    type: 'unitary',
    region: 'South West',
    statisticalNeighbours: [],
    ofstedPage: urn === null ? null : `https://reports.ofsted.gov.uk/provider/44/${urn}`,
    abolished: null,
    successors: [],
    predecessors: [],
    ...extra,
  };
}

export function fixtureAuthorities(): Authority[] {
  return [
    authority('amberley', 'Amberley Borough Council', 'Amberley', ['9000001', '991', 'E06999901'], {
      aliases: ['Amberley Council'],
      statisticalNeighbours: ['brackenshire', 'coldwater'],
    }),
    authority('brackenshire', 'Brackenshire County Council', 'Brackenshire', ['9000002', '992', 'E10999902'], {
      aliases: ['Brackens', 'Brackenshire Council'],
      type: 'county',
      region: 'East of England',
      statisticalNeighbours: ['amberley'],
    }),
    authority('coldwater', 'Coldwater Council', 'Coldwater', ['9000003', '993', 'E06999903'], {
      predecessors: ['fen-county-council'],
      statisticalNeighbours: ['amberley', 'brackenshire'],
    }),
    authority('fen-county-council', 'Fen County Council', 'Fen', [null, '994', 'E10999904'], {
      type: 'county',
      abolished: '2021-04-01',
      successors: ['coldwater'],
    }),
  ];
}

export function fixtureCouncils(): CouncilNotInspected[] {
  return [
    {
      id: 'glyncoed',
      name: 'Glyncoed County Borough Council',
      shortName: 'Glyncoed',
      aliases: ['Glyncoed Council'],
      ambiguousAliases: [],
      nation: 'wales',
      inspectorate: 'Care Inspectorate Wales',
    },
    {
      id: 'strathmore-glen',
      name: 'Strathmore Glen Council',
      shortName: 'Strathmore Glen',
      aliases: [],
      ambiguousAliases: ['Strathmore'],
      nation: 'scotland',
      inspectorate: 'the Care Inspectorate',
    },
  ];
}

const report = { kind: 'report' } as const;
let fileNumber = 90000000;
const url = () => `https://files.ofsted.gov.uk/v1/file/${fileNumber++}`;

/** Inspections the import would produce from reports. */
export function fixtureReportInspections(): Inspection[] {
  fileNumber = 90000000;
  return [
    {
      id: 'brackenshire-2013-03-08',
      authority: 'brackenshire',
      framework: 'child_protection_2012',
      kind: null,
      fieldworkStart: '2013-01-14',
      fieldworkEnd: '2013-01-25',
      published: '2013-03-08',
      judgements: { overall: 'adequate', capacity_to_improve: 'good' },
      url: url(),
      source: report,
    },
    {
      id: 'brackenshire-2018-09-21',
      authority: 'brackenshire',
      framework: 'ilacs_2018',
      kind: 'standard',
      fieldworkStart: '2018-07-09',
      fieldworkEnd: '2018-07-20',
      published: '2018-09-21',
      judgements: { overall: 'good', leaders: 'outstanding', help_protection: 'good', in_care: 'good' },
      url: url(),
      source: report,
    },
    {
      id: 'brackenshire-2023-03-10',
      authority: 'brackenshire',
      framework: 'ilacs_2023',
      kind: 'standard',
      fieldworkStart: '2023-01-16',
      fieldworkEnd: '2023-01-27',
      published: '2023-03-10',
      judgements: { overall: 'outstanding', leaders: 'outstanding', help_protection: 'good', in_care: 'outstanding', care_leavers: 'good' },
      url: url(),
      source: report,
    },
    {
      id: 'amberley-2019-01-11',
      authority: 'amberley',
      framework: 'ilacs_2018',
      kind: 'short',
      fieldworkStart: '2018-11-05',
      fieldworkEnd: '2018-11-09',
      published: '2019-01-11',
      judgements: { overall: 'inadequate', leaders: 'inadequate', help_protection: 'requires_improvement', in_care: 'inadequate' },
      url: url(),
      source: report,
    },
    {
      id: 'amberley-2026-06-05',
      authority: 'amberley',
      framework: 'ilacs_2026',
      kind: 'standard',
      fieldworkStart: '2026-04-20',
      fieldworkEnd: '2026-05-01',
      published: '2026-06-05',
      judgements: { leaders: 'good', help_protection: 'good', in_care: 'requires_improvement', care_leavers: 'good' },
      url: url(),
      source: report,
    },
    {
      id: 'coldwater-2022-05-20',
      authority: 'coldwater',
      framework: 'ilacs_2018',
      kind: 'standard',
      fieldworkStart: '2022-03-07',
      fieldworkEnd: '2022-03-18',
      published: '2022-05-20',
      judgements: { overall: 'requires_improvement', leaders: 'good', help_protection: 'requires_improvement', in_care: 'good' },
      url: url(),
      source: report,
    },
    {
      id: 'fen-county-council-2017-02-03',
      authority: 'fen-county-council',
      framework: 'sif',
      kind: null,
      fieldworkStart: '2016-11-28',
      fieldworkEnd: '2016-12-20',
      published: '2017-02-03',
      judgements: {
        overall: 'inadequate',
        help_protection: 'inadequate',
        in_care: 'requires_improvement',
        adoption: 'good',
        care_leavers: 'requires_improvement',
        leaders: 'inadequate',
        lscb: 'requires_improvement',
      },
      url: url(),
      source: report,
    },
  ];
}

/** A hand-curated record: a later report known only from its listing. */
export function fixtureCuratedInspections(): Inspection[] {
  return [
    {
      id: 'brackenshire-2026-08-25',
      authority: 'brackenshire',
      framework: 'ilacs_2026',
      kind: 'standard',
      fieldworkStart: '2026-07-13',
      fieldworkEnd: null,
      published: '2026-08-25',
      judgements: { leaders: 'unknown', help_protection: 'unknown', in_care: 'unknown', care_leavers: 'unknown' },
      url: 'https://example.org/reports/brackenshire-2026',
      source: { kind: 'unverified', note: 'listed on the provider page; the report itself was not read' },
    },
  ];
}

/** The seeds as the loader would read them, under the names the errors show. */
export function fixtureContents(): SeedContents {
  return {
    authorities: { file: 'seeds/authorities.json', json: { $comment: 'fixture', authorities: fixtureAuthorities() } },
    councilsNotInspected: { file: 'seeds/councils-not-inspected.json', json: { councilsNotInspected: fixtureCouncils() } },
    inspections: [
      { file: 'seeds/inspections.json', json: { inspections: fixtureReportInspections() } },
      { file: 'seeds/curated/inspections.json', json: fixtureCuratedInspections() },
    ],
  };
}

/** Writes the fixture seeds to a fresh temporary folder named "seeds" and returns its path. */
export function writeFixtureSeeds(contents: SeedContents = fixtureContents()): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ofsted-lens-')), 'seeds');
  mkdirSync(join(dir, 'curated'), { recursive: true });
  writeFileSync(join(dir, 'authorities.json'), JSON.stringify(contents.authorities.json));
  writeFileSync(join(dir, 'councils-not-inspected.json'), JSON.stringify(contents.councilsNotInspected.json));
  const [reports, curated] = contents.inspections;
  writeFileSync(join(dir, 'inspections.json'), JSON.stringify(reports?.json ?? []));
  writeFileSync(join(dir, 'curated', 'inspections.json'), JSON.stringify(curated?.json ?? []));
  writeFileSync(join(dir, 'events.json'), JSON.stringify(contents.events?.json ?? { events: [] }));
  return dir;
}
