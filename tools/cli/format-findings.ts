/**
 * The command line's two views of an analysis: the readable findings and the one-line
 * JSON object per input. Pure: the caller prints.
 */
import type { Dataset, Grade } from '../../lib/data/schema';
import type { EngineIndex } from '../../lib/engine/engine-index';
import { gradeLabel, judgementLabel, longDate } from '../../lib/engine/explain';
import type { Analysis, ClaimJudgement, Verdict } from '../../lib/engine/types';
import { dataAgeLine, todayIso } from '../../lib/ui/data-age';

/** One input's result as `--json` prints it. Councils Ofsted does not inspect have `gss: null`. */
export interface JsonResult {
  published: string | null;
  authorities: { name: string; gss: string | null; mentions: { start: number; end: number; text: string }[] }[];
  claims: {
    authority: string;
    judgement: ClaimJudgement;
    grade: Grade;
    start: number;
    end: number;
    text: string;
    verdict: Verdict;
    inspection: { published: string; url: string } | null;
    suggestion: { authority: string; reason: string } | null;
  }[];
}

function officialName(index: EngineIndex, id: string): string {
  return index.authorities.get(id)?.name ?? index.councilsNotInspected.get(id)?.name ?? id;
}

/** The `--json` object for one analysis: authorities in order of first mention, names official. */
export function toJson(analysis: Analysis, index: EngineIndex): JsonResult {
  const byId = new Map<string, JsonResult['authorities'][number]>();
  for (const m of analysis.mentions) {
    let entry = byId.get(m.id);
    if (!entry) {
      entry = { name: officialName(index, m.id), gss: index.authorities.get(m.id)?.gss ?? null, mentions: [] };
      byId.set(m.id, entry);
    }
    entry.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return {
    published: analysis.published.date,
    authorities: [...byId.values()],
    claims: analysis.claims.map((c) => ({
      authority: officialName(index, c.authority),
      judgement: c.judgement,
      grade: c.grade,
      start: c.start,
      end: c.end,
      text: c.text,
      verdict: c.verdict,
      inspection: c.inspection ? { published: c.inspection.published, url: c.inspection.url } : null,
      suggestion: c.suggestion ? { authority: officialName(index, c.suggestion.authority), reason: c.suggestion.reason } : null,
    })),
  };
}

const SOURCE: Record<Analysis['published']['source'], string> = {
  caller: 'given on the command line',
  metadata: "from the page's metadata",
  text: 'from the text',
  inferred: 'inferred: the date of the inspection that best explains the claims',
  none: 'unknown',
};

const VERDICT_LABEL: Record<Verdict, string> = {
  matches: 'MATCHES',
  superseded: 'SUPERSEDED',
  contradicts: 'CONTRADICTS',
  wrong_authority: 'WRONG AUTHORITY',
  no_record: 'NO RECORD',
  not_inspected_by_ofsted: 'NOT INSPECTED BY OFSTED',
  unclear: 'UNCLEAR',
};

/** The readable findings of one analysis, one string with line breaks. */
export function formatFindings(
  label: string,
  analysis: Analysis,
  index: EngineIndex,
  dataset: Pick<Dataset, 'asOf'>,
  today: string = todayIso(),
): string {
  const lines: string[] = [`== ${label}`];
  const p = analysis.published;
  lines.push(`Published: ${p.date ? longDate(p.date) : 'unknown'} (${SOURCE[p.source]})`);
  lines.push(`${dataAgeLine(dataset.asOf, today)}.`);
  const json = toJson(analysis, index);
  if (json.authorities.length === 0) lines.push('Authorities: none named');
  else {
    lines.push('Authorities:');
    for (const a of json.authorities) {
      const tag = a.gss ?? 'not inspected by Ofsted';
      lines.push(`  ${a.name} (${tag}): ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`);
    }
  }
  if (analysis.claims.length === 0) lines.push('Claims: none');
  else lines.push('Claims:');
  analysis.claims.forEach((c, k) => {
    lines.push(
      `  ${k + 1}. "${c.text}" at ${c.start}-${c.end}: ${officialName(index, c.authority)}, ${judgementLabel(c.judgement)} ${gradeLabel(c.grade)}`,
    );
    lines.push(`     ${VERDICT_LABEL[c.verdict]}: ${c.explanation}`);
    if (c.inspection) lines.push(`     Checked against the report published ${longDate(c.inspection.published)}: ${c.inspection.url}`);
    if (c.supersededBy) lines.push(`     Superseded by the report published ${longDate(c.supersededBy.published)}: ${c.supersededBy.url}`);
    if (c.suggestion) lines.push(`     Did the article mean ${officialName(index, c.suggestion.authority)}? ${c.suggestion.reason}`);
    for (const f of c.flags) lines.push(`     Note: ${f}`);
  });
  return lines.join('\n');
}
