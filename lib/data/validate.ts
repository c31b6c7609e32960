/**
 * Validates seed contents, record by record (zod) and across records (links, duplicates,
 * coverage), and assembles the Dataset. Pure: the caller reads the files.
 */
import type { z } from 'zod';
import { SeedError, type SeedIssue } from './errors.ts';
import { compareEvents } from './events.ts';
import { Authority, CouncilNotInspected, INSPECTORATES, Inspection, InspectionEvent, type Dataset } from './schema.ts';

/** A seed file's parsed JSON and the name to show for it (e.g. "seeds/inspections.json"). */
export interface SeedContent {
  file: string;
  json: unknown;
}

/** Everything the dataset is assembled from. */
export interface SeedContents {
  authorities: SeedContent;
  councilsNotInspected: SeedContent;
  /** One or more inspection files (the import's and the curated one); their records are merged. */
  inspections: SeedContent[];
  /** Ungraded publications (seeds/events.json); optional so older callers need not pass it. */
  events?: SeedContent;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/**
 * The records a seed file holds: either a JSON array of records or an object whose one
 * key (besides `$`-prefixed notes such as `$comment`) is `key` and holds the array.
 */
function recordsIn(content: SeedContent, key: string): { records: unknown[]; issues: SeedIssue[] } {
  const { json, file } = content;
  if (Array.isArray(json)) return { records: json, issues: [] };
  if (json !== null && typeof json === 'object') {
    const keys = Object.keys(json).filter((k) => !k.startsWith('$'));
    const value: unknown = (json as Record<string, unknown>)[key];
    if (keys.length === 1 && keys[0] === key && Array.isArray(value)) return { records: value, issues: [] };
  }
  return {
    records: [],
    issues: [
      { file, record: null, field: null, message: `expected an array of records, or an object with only "${key}": [...] (and "$comment")` },
    ],
  };
}

function recordName(record: unknown, index: number): string {
  if (record !== null && typeof record === 'object' && 'id' in record && typeof record.id === 'string') return record.id;
  return `#${index}`;
}

/** Parses each record of a seed file with `schema`; returns the valid ones and an issue per problem. */
export function parseSeedRecords<S extends z.ZodType>(
  content: SeedContent,
  key: string,
  schema: S,
): { records: z.output<S>[]; issues: SeedIssue[] } {
  const { records: raw, issues } = recordsIn(content, key);
  const records: z.output<S>[] = [];
  raw.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      records.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      issues.push({ file: content.file, record: recordName(record, index), field: fieldOf(issue.path), message: issue.message });
    }
  });
  return { records, issues };
}

/** Where the cross-record check reports each kind of record. */
export interface SeedFiles {
  authorities: string;
  councilsNotInspected: string;
  /** The file an inspection came from. */
  inspection: (inspection: Inspection) => string;
}

const normalName = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

function checkAuthorities(authorities: readonly Authority[], file: string): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const issue = (record: string, field: string | null, message: string) => issues.push({ file, record, field, message });
  const byId = new Map<string, Authority>();
  const seen = { gss: new Map<string, string>(), urn: new Map<string, string>(), dfeCode: new Map<string, string>() };
  for (const authority of authorities) {
    if (byId.has(authority.id)) issue(authority.id, 'id', 'duplicate authority id');
    byId.set(authority.id, authority);
    for (const field of ['gss', 'urn', 'dfeCode'] as const) {
      const value = authority[field];
      if (value === null) continue;
      const other = seen[field].get(value);
      if (other !== undefined) issue(authority.id, field, `${value} is also "${other}"'s`);
      seen[field].set(value, authority.id);
    }
  }
  for (const authority of authorities) {
    const id = authority.id;
    authority.statisticalNeighbours.forEach((neighbour, i) => {
      if (!byId.has(neighbour)) issue(id, `statisticalNeighbours[${i}]`, `unknown authority "${neighbour}"`);
      if (neighbour === id) issue(id, `statisticalNeighbours[${i}]`, 'an authority is not its own neighbour');
    });
    authority.successors.forEach((successorId, i) => {
      const successor = byId.get(successorId);
      if (!successor) issue(id, `successors[${i}]`, `unknown authority "${successorId}"`);
      else if (!successor.predecessors.includes(id)) {
        issue(id, `successors[${i}]`, `"${successorId}" does not list "${id}" among its predecessors`);
      }
    });
    authority.predecessors.forEach((predecessorId, i) => {
      const predecessor = byId.get(predecessorId);
      if (!predecessor) issue(id, `predecessors[${i}]`, `unknown authority "${predecessorId}"`);
      else if (!predecessor.successors.includes(id)) {
        issue(id, `predecessors[${i}]`, `"${predecessorId}" does not list "${id}" among its successors`);
      }
    });
    if (authority.abolished !== null && authority.successors.length === 0) {
      issue(id, 'successors', 'an abolished authority must name its successors');
    }
    if (authority.abolished === null && authority.successors.length > 0) {
      issue(id, 'abolished', 'an authority with successors must have an abolition date');
    }
  }
  return issues;
}

/** Names (lower-cased) an entity answers to, ambiguous ones excepted. */
function namesOf(entity: { name: string; shortName: string; aliases: string[] }): Set<string> {
  return new Set([entity.name, entity.shortName, ...entity.aliases].map(normalName));
}

function checkNames(authorities: readonly Authority[], councils: readonly CouncilNotInspected[], files: SeedFiles): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const owners = new Map<string, { key: string; file: string; id: string; linked: readonly string[] }[]>();
  const add = (name: string, owner: { key: string; file: string; id: string; linked: readonly string[] }) => {
    const list = owners.get(name) ?? [];
    list.push(owner);
    owners.set(name, list);
  };
  for (const a of authorities) {
    const owner = { key: a.id, file: files.authorities, id: a.id, linked: [...a.successors, ...a.predecessors] };
    for (const name of namesOf(a)) add(name, owner);
  }
  for (const c of councils) {
    const owner = { key: `council:${c.id}`, file: files.councilsNotInspected, id: c.id, linked: [] };
    for (const name of namesOf(c)) add(name, owner);
  }
  for (const [name, list] of owners) {
    for (let i = 1; i < list.length; i++) {
      const a = list[0];
      const b = list[i];
      if (!a || !b || a.key === b.key || a.linked.includes(b.id)) continue;
      issues.push({
        file: b.file,
        record: b.id,
        field: 'aliases',
        message: `the name "${name}" also belongs to "${a.id}": make it an ambiguous alias of one or both`,
      });
    }
  }
  return issues;
}

function checkCouncils(councils: readonly CouncilNotInspected[], authorityIds: ReadonlySet<string>, file: string): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const seen = new Set<string>();
  for (const council of councils) {
    if (seen.has(council.id)) issues.push({ file, record: council.id, field: 'id', message: 'duplicate council id' });
    if (authorityIds.has(council.id)) {
      issues.push({ file, record: council.id, field: 'id', message: "the id is also an English authority's" });
    }
    seen.add(council.id);
    if (council.inspectorate !== INSPECTORATES[council.nation]) {
      issues.push({
        file,
        record: council.id,
        field: 'inspectorate',
        message: `must be "${INSPECTORATES[council.nation]}" for ${council.nation}`,
      });
    }
  }
  return issues;
}

function checkInspections(inspections: readonly Inspection[], authorities: readonly Authority[], files: SeedFiles): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const byId = new Map(authorities.map((a) => [a.id, a]));
  const ids = new Map<string, string>();
  const urls = new Map<string, string>();
  const inspected = new Set<string>();
  for (const inspection of inspections) {
    const file = files.inspection(inspection);
    const issue = (field: string, message: string) => issues.push({ file, record: inspection.id, field, message });
    const authority = byId.get(inspection.authority);
    if (!authority) issue('authority', `unknown authority "${inspection.authority}"`);
    else {
      inspected.add(authority.id);
      if (authority.abolished !== null && inspection.published >= authority.abolished) {
        issue('published', `"${authority.id}" was abolished on ${authority.abolished}`);
      }
    }
    const sameId = ids.get(inspection.id);
    if (sameId !== undefined) issue('id', `duplicate inspection id (also in ${sameId})`);
    ids.set(inspection.id, file);
    const sameUrl = urls.get(inspection.url);
    if (sameUrl !== undefined) issue('url', `duplicate report address (also "${sameUrl}")`);
    urls.set(inspection.url, inspection.id);
  }
  for (const authority of authorities) {
    if (authority.abolished === null && !inspected.has(authority.id)) {
      issues.push({
        file: files.authorities,
        record: authority.id,
        field: null,
        message: 'a current authority must have at least one inspection in the inspection seeds',
      });
    }
  }
  return issues;
}

/** Every cross-record problem in a dataset's parts (links, duplicates, shared names, coverage). */
export function checkDatasetParts(
  parts: Pick<Dataset, 'authorities' | 'inspections' | 'councilsNotInspected'>,
  files: SeedFiles,
): SeedIssue[] {
  return [
    ...checkAuthorities(parts.authorities, files.authorities),
    ...checkCouncils(parts.councilsNotInspected, new Set(parts.authorities.map((a) => a.id)), files.councilsNotInspected),
    ...checkNames(parts.authorities, parts.councilsNotInspected, files),
    ...checkInspections(parts.inspections, parts.authorities, files),
  ];
}

/** The newest publication date among the inspections, or null when there are none. */
export function newestPublication(inspections: readonly Inspection[]): string | null {
  let newest: string | null = null;
  for (const inspection of inspections) if (newest === null || inspection.published > newest) newest = inspection.published;
  return newest;
}

/** Orders inspections by authority, then publication date: the dataset's canonical order. */
export function compareInspections(a: Inspection, b: Inspection): number {
  return a.authority < b.authority
    ? -1
    : a.authority > b.authority
      ? 1
      : a.published < b.published
        ? -1
        : a.published > b.published
          ? 1
          : 0;
}

/**
 * Validates seed contents and assembles the Dataset (`asOf` = newest publication held).
 * Throws a SeedError listing every problem, each naming the file, the record and the field.
 */
export function assembleDataset(contents: SeedContents): Dataset {
  const authorities = parseSeedRecords(contents.authorities, 'authorities', Authority);
  const councils = parseSeedRecords(contents.councilsNotInspected, 'councilsNotInspected', CouncilNotInspected);
  const fileOf = new Map<Inspection, string>();
  const inspections: Inspection[] = [];
  const issues: SeedIssue[] = [...authorities.issues, ...councils.issues];
  for (const content of contents.inspections) {
    const parsed = parseSeedRecords(content, 'inspections', Inspection);
    issues.push(...parsed.issues);
    for (const record of parsed.records) {
      fileOf.set(record, content.file);
      inspections.push(record);
    }
  }
  issues.push(
    ...checkDatasetParts(
      { authorities: authorities.records, inspections, councilsNotInspected: councils.records },
      {
        authorities: contents.authorities.file,
        councilsNotInspected: contents.councilsNotInspected.file,
        inspection: (inspection) => fileOf.get(inspection) ?? 'inspections',
      },
    ),
  );
  const events = contents.events ? parseSeedRecords(contents.events, 'events', InspectionEvent) : null;
  if (events && contents.events) {
    issues.push(...events.issues, ...checkEvents(events.records, authorities.records, inspections, contents.events.file));
  }
  const asOf = newestPublication(inspections);
  if (asOf === null) issues.push({ file: null, record: null, field: null, message: 'the seeds hold no inspections' });
  if (issues.length > 0 || asOf === null) throw new SeedError(issues);
  return {
    asOf,
    authorities: authorities.records,
    inspections: inspections.sort(compareInspections),
    councilsNotInspected: councils.records,
    ...(events ? { events: events.records.sort(compareEvents) } : {}),
  };
}

/** Every event names a known authority and has an address no other record uses. */
function checkEvents(
  events: readonly InspectionEvent[],
  authorities: readonly Authority[],
  inspections: readonly Inspection[],
  file: string,
): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const known = new Set(authorities.map((a) => a.id));
  const urls = new Map(inspections.map((i) => [i.url, i.id]));
  for (const event of events) {
    const record = `${event.authority} ${event.kind} ${event.published}`;
    if (!known.has(event.authority)) issues.push({ file, record, field: 'authority', message: `unknown authority "${event.authority}"` });
    const other = urls.get(event.url);
    if (other !== undefined) issues.push({ file, record, field: 'url', message: `duplicate address (also "${other}")` });
    urls.set(event.url, record);
  }
  return issues;
}
