/**
 * A hand-written AnalyseResponse like the background sends: one authority, a
 * matching claim and a wrong-authority claim, with offsets found in the text.
 */
import type { AnalyseResponse } from '@/lib/messaging';
import type { Claim } from '@/lib/engine/types';

const F = 'https://files.ofsted.gov.uk/v1/file/';

export function responseFor(text: string): AnalyseResponse {
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    return { start, end: start + needle.length, text: needle };
  };
  const mentions = [];
  for (let i = text.indexOf('Hertfordshire'); i !== -1; i = text.indexOf('Hertfordshire', i + 1)) {
    mentions.push({ ...at('Hertfordshire', i), id: 'hertfordshire', notInspected: false });
  }
  const claims: Claim[] = [];
  const outstanding = text.indexOf('outstanding');
  if (outstanding !== -1) {
    claims.push({
      ...at('outstanding'),
      authority: 'hertfordshire',
      judgement: 'overall',
      grade: 'outstanding',
      verdict: 'matches',
      inspection: { id: 'hertfordshire-2023-03-10', published: '2023-03-10', url: `${F}50210577` },
      supersededBy: null,
      suggestion: null,
      explanation: 'Correct when published (March 2023). Still the latest.',
      flags: [],
    });
  }
  const judgedGood = text.indexOf('judged good');
  if (judgedGood !== -1) {
    claims.push({
      ...at('good', judgedGood),
      authority: 'hertfordshire',
      judgement: 'overall',
      grade: 'good',
      verdict: 'wrong_authority',
      inspection: { id: 'herefordshire-2026-01-12', published: '2026-01-12', url: `${F}50293401` },
      supersededBy: null,
      suggestion: { authority: 'herefordshire', reason: "Herefordshire's January 2026 report gave good." },
      explanation: "This grade belongs to Herefordshire's January 2026 report, not Hertfordshire's.",
      flags: ['The article gives no inspection date.'],
    });
  }
  return {
    analysis: { published: { date: '2026-03-02', source: 'metadata' }, mentions, claims },
    authorities: {
      hertfordshire: {
        kind: 'authority',
        id: 'hertfordshire',
        name: 'Hertfordshire County Council',
        shortName: 'Hertfordshire',
        latest: {
          id: 'hertfordshire-2023-03-10',
          published: '2023-03-10',
          framework: 'ilacs_2023',
          judgements: {
            overall: 'outstanding',
            leaders: 'outstanding',
            help_protection: 'good',
            in_care: 'outstanding',
            care_leavers: 'good',
          },
          url: `${F}50210577`,
          unverified: false,
        },
        lastGraded: { grade: 'outstanding', published: '2023-03-10' },
        ofstedPage: 'https://reports.ofsted.gov.uk/provider/44/80475',
        abolished: null,
      },
    },
    inspections: {
      'herefordshire-2026-01-12': {
        id: 'herefordshire-2026-01-12',
        published: '2026-01-12',
        framework: 'ilacs_2023',
        judgements: { overall: 'good', leaders: 'outstanding' },
        url: `${F}50293401`,
        unverified: false,
      },
    },
    asOf: '2026-08-25',
  };
}
