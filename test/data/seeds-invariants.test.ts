/**
 * Invariants of the committed inspection seeds (no ../shared needed).
 */
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../tools/data/load';
import { FRAMEWORKS, GRADES, type Judgement } from '../../lib/data/schema';

const dataset = loadSeeds('seeds');
const { inspections, authorities } = dataset;

/** Fieldwork in two visits, as each report prints it: the last visit's last day, and the first visit's kind. */
const SPLIT_VISITS: Record<string, { end: string; kind: 'short' | 'standard' | null }> = {
  'sheffield-2014-02-21': { end: '2014-01-30', kind: null },
  'derbyshire-2019-09-19': { end: '2019-08-08', kind: 'short' },
  'south-tyneside-2023-05-10': { end: '2023-02-15', kind: 'short' },
  'devon-2025-05-13': { end: '2025-01-16', kind: 'standard' },
};

describe('committed inspection seeds', () => {
  it('give every current authority at least one inspection', () => {
    const held = new Set(inspections.map((i) => i.authority));
    const missing = authorities.filter((a) => a.abolished === null && !held.has(a.id)).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it('hold one record per report: ids and addresses unique', () => {
    const ids = inspections.map((i) => i.id);
    const urls = inspections.map((i) => i.url);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('order dates: fieldwork starts before it ends, and ends before publication', () => {
    const bad = inspections.filter(
      (i) =>
        (i.fieldworkStart && i.fieldworkEnd && i.fieldworkStart > i.fieldworkEnd) ||
        (i.fieldworkEnd && i.fieldworkEnd > i.published) ||
        (i.fieldworkStart && i.fieldworkStart > i.published),
    );
    expect(bad.map((i) => i.id)).toEqual([]);
  });

  it('record every judgement each framework defines, and only those, with grades valid for the framework', () => {
    const problems: string[] = [];
    for (const i of inspections) {
      const defined: readonly Judgement[] = FRAMEWORKS[i.framework];
      const keys = Object.keys(i.judgements) as Judgement[];
      if ([...keys].sort().join() !== [...defined].sort().join()) problems.push(`${i.id}: judgements ${keys.join(',')}`);
      const older = i.framework.endsWith('2012') || i.framework.endsWith('2009');
      for (const [j, v] of Object.entries(i.judgements)) {
        if (v === 'adequate' && !older) problems.push(`${i.id}: ${j} adequate`);
        if (v === 'requires_improvement' && older) problems.push(`${i.id}: ${j} requires_improvement`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep "unknown" for records whose grades were not read from a report, and read grades from every report', () => {
    for (const i of inspections) {
      const values = Object.values(i.judgements);
      if (i.source.kind === 'report') expect(values, i.id).not.toContain('unknown');
      if (i.source.kind === 'report' && i.framework !== 'sif') {
        expect(
          values.every((v) => (GRADES as readonly string[]).includes(v)),
          i.id,
        ).toBe(true);
      }
    }
  });

  it('use the April 2026 framework exactly for fieldwork from late April 2026, and short kind for one-week fieldwork', () => {
    for (const i of inspections) {
      if (!i.framework.startsWith('ilacs') || !i.fieldworkStart) continue;
      expect(i.framework === 'ilacs_2026', i.id).toBe(i.fieldworkStart >= '2026-04-20');
      if (i.fieldworkEnd && !(i.id in SPLIT_VISITS)) {
        const days = (Date.parse(i.fieldworkEnd) - Date.parse(i.fieldworkStart)) / 86_400_000;
        expect(i.kind, i.id).toBe(days <= 7 ? 'short' : 'standard');
      }
    }
  });

  it('end split fieldwork with the last visit, keeping short or standard from the first', () => {
    for (const [id, expected] of Object.entries(SPLIT_VISITS)) {
      const record = inspections.find((i) => i.id === id);
      expect(record && { end: record.fieldworkEnd, kind: record.kind }, id).toEqual(expected);
    }
  });

  it("read the LSCB review bound after Hull's 2015 report", () => {
    expect(inspections.find((i) => i.id === 'kingston-upon-hull-2015-02-03')?.judgements.lscb).toBe('requires_improvement');
  });

  it('are written sorted by authority then publication date', () => {
    const order = inspections.map((i) => `${i.authority} ${i.published}`);
    expect(order).toEqual([...order].sort());
  });
});
