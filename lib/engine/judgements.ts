/**
 * Which judgement a grade is about: names of the judgements as reports and reporters
 * write them, and the rule that ties each name to the grade it goes with.
 */
import type { ClaimJudgement } from './types';
import type { GradeWord } from './grades';

/** A judgement named in a sentence. `overallOnly` for the bare adverb "overall". */
export interface JudgementName {
  start: number;
  end: number;
  judgements: ClaimJudgement[];
  overallOnly: boolean;
  /** "Children's services": names the whole service; a grade tied to a more specific name too is about that one. */
  generic?: boolean;
  /** "In all areas", uncounted: every judgement of whichever framework the inspection was under. */
  allAreas?: boolean;
}

const SERVICE_JUDGEMENTS: ClaimJudgement[] = ['help_protection', 'in_care', 'care_leavers'];
const ALL_JUDGEMENTS: ClaimJudgement[] = ['overall', 'leaders', ...SERVICE_JUDGEMENTS];
const EXP = String.raw`(?:(?:the\s+)?experiences?\s+and\s+progress\s+of\s+)?`;
const KIDS = String.raw`children(?:\s+and\s+young\s+people)?`;

/** Judgement names, most specific first (the first pattern to match at a place wins). */
const NAMES: [RegExp, ClaimJudgement[], boolean?, boolean?, boolean?][] = [
  // The 2018 framework's single judgement, named in full, which the 2023 framework split in two
  // (analyse.ts keeps one reading for a 2018-framework report); a bare "children in care and care leavers" is a list.
  [
    new RegExp(String.raw`(?:the\s+)?experiences?\s+and\s+progress\s+of\s+${KIDS}\s+in\s+care\s+and\s+care\s+leavers`, 'iu'),
    ['in_care', 'care_leavers'],
  ],
  [
    new RegExp(
      String.raw`${EXP}${KIDS}\s+(?:who\s+(?:need|needed|are\s+in\s+need\s+of)|in\s+need\s+of|needing)\s+(?:help(?:\s+and\s+protection)?|protection)`,
      'iu',
    ),
    ['help_protection'],
  ],
  [/\bhelp\s+and\s+protection\b/iu, ['help_protection']],
  [/\bchild\s+protection(?:\s+services)?\b/iu, ['help_protection']],
  [/\barrangements\s+for\s+(?:the\s+)?protecti(?:ng|on\s+of)\s+children\b/iu, ['help_protection']],
  [new RegExp(String.raw`${EXP}${KIDS}\s+in\s+care\b`, 'iu'), ['in_care']],
  [/\b(?:children\s+looked\s+after(?:\s+and\s+achieving\s+permanence)?|looked[-\s]after\s+children)\b/iu, ['in_care']],
  [new RegExp(String.raw`${EXP}care\s+leavers\b`, 'iu'), ['care_leavers']],
  [/\b(?:those|young\s+people|children)\s+(?:who\s+(?:leave|are\s+leaving|have\s+left)|leaving)\s+care\b/iu, ['care_leavers']],
  // "young people needing help to leave care"
  [
    /\b(?:those|young\s+people|children)\s+(?:needing|who\s+need)\s+(?:help|support)\s+(?:to|in)\s+leav(?:e|ing)\s+care\b/iu,
    ['care_leavers'],
  ],
  [/\bleaving\s+care\b/iu, ['care_leavers']],
  [/\badoption(?:\s+performance|\s+services?)?\b/iu, ['adoption']],
  [
    /\bimpact\s+of\s+(?:senior\s+)?leaders(?:\s+on\s+(?:social\s+work\s+)?practice(?:\s+with\s+children\s+and\s+(?:their\s+)?families)?)?/iu,
    ['leaders'],
  ],
  [/\bimpact\b(?:\s+[\p{L}'\u2019]+){0,4}\s+on\s+(?:social\s+work\s+practice|children\s+and\s+(?:their\s+)?families)\b/iu, ['leaders']],
  [/\bleadership,?\s+management,?\s+and\s+governance\b/iu, ['leaders']],
  [/\b(?:senior\s+|strategic\s+|political\s+|corporate\s+)?(?:leadership(?:\s+team)?|leaders)\b/iu, ['leaders']],
  [/\boverall\s+effectiveness\b/iu, ['overall']],
  [/\boverall\b/iu, ['overall'], true],
  [/\bchildren['\u2019]?s?\s+(?:social\s+care\s+)?services\b/iu, ['overall'], false, true],
  [/\bchildren['\u2019]s\s+social\s+care\b/iu, ['overall'], false, true],
  [/\bservices\s+for\s+children(?:\s+and\s+(?:young\s+people|families))?\b/iu, ['overall'], false, true],
  // "all five areas", "each of the four judgements": every judgement of the inspection, counted.
  [
    /\b(?:in\s+)?(?:all|every|each)\s+(?:of\s+the\s+)?(?:three|four|five|six)\s+(?:areas?|categor(?:y|ies)|judgements?|judgments?)(?:\s+(?:inspected|judged|assessed|they\s+looked\s+at))?\b/iu,
    ALL_JUDGEMENTS,
  ],
  // "every area of child safeguarding practice": every part of what it names, not every judgement.
  // ("all areas of children's services" is every judgement, below).
  [
    /\b(?:in\s+)?(?:all|every|each)\s+(?:areas?|aspects?|parts?)\s+of\b(?!\s+(?:the\s+|its\s+|their\s+|[\p{Lu}][\p{L}-]*['\u2019]s\s+)?(?:children['\u2019]?s?\s+(?:social\s+care\s+)?services|services|service|social\s+care|children['\u2019]s\s+social\s+care)\b)/iu,
    ['overall'],
    false,
    true,
  ],
  // "in all areas", "in every category": the same, uncounted (see ALL_AREAS).
  [
    /\b(?:in\s+)?(?:all|every|each)\s+(?:areas?|categor(?:y|ies)|judgements?|judgments?)(?:\s+(?:inspected|judged|assessed|they\s+looked\s+at))?\b/iu,
    ALL_JUDGEMENTS,
    false,
    false,
    true,
  ],
  [/\b(?:individual\s+|separate\s+|other\s+|all\s+(?:the\s+)?)?service\s+areas\b/iu, SERVICE_JUDGEMENTS],
  [/\bchildren['\u2019]s\s+experiences\b/iu, ['in_care']],
];

const GLOBAL_NAMES = NAMES.map(
  ([pattern, judgements, overallOnly, generic, allAreas]) =>
    [new RegExp(pattern.source, 'giu'), judgements, overallOnly, generic, allAreas] as const,
);

/** Every judgement name in `text.slice(from, to)`, without overlaps, in order, without qualifiers of the name before. */
export function judgementNames(text: string, from: number, to: number): JudgementName[] {
  const slice = text.slice(from, to);
  const found: JudgementName[] = [];
  for (const [re, judgements, overallOnly, generic, allAreas] of GLOBAL_NAMES) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({
        start,
        end,
        judgements,
        overallOnly: overallOnly === true,
        ...(generic ? { generic: true } : {}),
        ...(allAreas ? { allAreas: true } : {}),
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "leadership of (Kent's) children's services": a name joined to the one before it by "of" or
  // "for" says what that one is about; it is not a judgement of its own.
  return found.filter((f, k) => {
    const prev = found[k - 1];
    return (
      !prev ||
      !/^\s+(?:of|for|in)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{Lu}][\p{L}-]*\s+){0,4}[\p{L}][\p{L}-]*['\u2019]s\s+)?$/u.test(
        text.slice(prev.end, f.start),
      )
    );
  });
}

/** The line starts with a judgement's name and the grade follows it directly: a findings table row. */
export function isTableRow(text: string, name: JudgementName, g: GradeWord): boolean {
  const lineStart = text.lastIndexOf('\n', name.start) + 1;
  const lead = text.slice(lineStart, name.start);
  // "The ...", "Services for children in care: ...", "Help for care leavers - ...", a bullet.
  if (!/^\s*(?:[-\u2022*\u2013]\s*)?(?:(?:the|services\s+for|help\s+for|support\s+for|areas\s+relating\s+to)\s+)?$/iu.test(lead))
    return false;
  const between = text.slice(name.end, g.start);
  if (!/^[\s\t:\-\u2013\u2014|]*$/u.test(between)) return false;
  const word = text.slice(g.start, g.end);
  const after = text.slice(g.end, g.end + 4);
  // "Impact of leaders: inadequate;" and "Help and protection - Good." end their line; a bare capitalised grade ends its cell.
  const ends = /^\s*[.;,]?\s*(?:$|\n)/u.test(after) || /^\s*[.;]?\s*$/u.test(after);
  if (/[:\-\u2013\u2014|\t]/u.test(between) && ends) return true;
  return /^\p{Lu}/u.test(word) && /^\s*(?::|\t|\||-|\u2013|$)/mu.test(text.slice(g.end, g.end + 3));
}

/**
 * Ties each judgement name to a grade: to the next grade when the name leads straight
 * into it ("help and protection was rated good"); to the previous grade when a
 * preposition links it back ("rated good for help and protection", "outstanding
 * leadership"); names linked to neither are dropped. Returns, for each grade, its
 * judgements; a grade with none is about overall effectiveness (`DEFAULT_JUDGEMENT` itself); the bare "overall"
 * wins over the rest ("Overall, X was rated adequate for child protection").
 */
export function assignJudgements(text: string, grades: readonly GradeWord[], names: readonly JudgementName[]): ClaimJudgement[][] {
  const owned: JudgementName[][] = grades.map(() => []);
  const anchor: number[] = grades.map((g) => g.end);
  for (const name of names) {
    const nextIndex = grades.findIndex((g) => g.start >= name.end);
    let prevIndex = -1;
    for (let k = grades.length - 1; k >= 0; k--) {
      if ((grades[k] as GradeWord).end <= name.start) {
        prevIndex = k;
        break;
      }
    }
    const next = grades[nextIndex];
    let target = -1;
    if (next) {
      const gap = text.slice(name.end, next.start);
      // "the experiences of children in care, also judged to require improvement": a comma before a participle that grades it.
      const appositive =
        /^,\s*(?:(?:which|that)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+|also\s+|both\s+)*(?:rated|judged|graded|deemed|assessed|found)\b[^,;:.!?]*$/iu.test(
          gap,
        );
      if ((!/[,;:.!?]/.test(gap) || appositive) && gap.length <= 80) target = nextIndex;
    }
    if (target < 0 && prevIndex >= 0) {
      const gap = text.slice(anchor[prevIndex] as number, name.start);
      const attributive = /^['"\u2019\u201d*\s]*$/u.test(gap);
      const linked =
        !/[;:.!?]/.test(gap) &&
        // "rated inadequate for overall effectiveness after finding failures across its leadership": another clause's.
        !/\b(?:but|while|whilst|whereas|although|though|yet|after|because|since|when|finding|found)\b/iu.test(gap) &&
        gap.length <= 70 &&
        // The name's own leading "in" ("rated good by Ofsted in all areas") links it too.
        /\b(?:for|to|of|in|including|across)\b[^,]*$/iu.test(gap + (/^in\s+/iu.exec(text.slice(name.start, name.end))?.[0] ?? ''));
      if (attributive || linked) target = prevIndex;
    }
    if (target < 0 && next) target = nextIndex;
    if (target >= 0) {
      owned[target]?.push(name);
      if (target === prevIndex) anchor[target] = name.end;
    }
  }
  return owned.map((all) => {
    if (all.some((n) => n.overallOnly)) return ['overall'];
    const specific = all.filter((n) => !n.generic);
    const list = specific.length > 0 ? specific : all;
    if (list.length > 0 && list.every((n) => n.allAreas)) return ALL_AREAS;
    const out: ClaimJudgement[] = [];
    for (const n of list) for (const j of n.judgements) if (!out.includes(j)) out.push(j);
    return out.length > 0 ? out : DEFAULT_JUDGEMENT;
  });
}

/**
 * What an uncounted "in all areas" grade is about (the one array, so callers can tell): every
 * judgement, except where the grade is an earlier inspection's, whose areas may be another
 * framework's; there only the overall grade is firm.
 */
export const ALL_AREAS: ClaimJudgement[] = [...ALL_JUDGEMENTS];

/** What a grade with no judgement named for it is about: overall effectiveness (the one array, so callers can tell). */
export const DEFAULT_JUDGEMENT: ClaimJudgement[] = ['overall'];
