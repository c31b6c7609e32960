/**
 * Generated news-like text for the benchmarks: deterministic (seeded), written from
 * a small vocabulary of everyday words, with authority names and grade claims
 * inserted at a chosen rate. No article text from anywhere is used.
 */

/** A small, fast, seeded PRNG (mulberry32), so every run measures the same text. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = `
the a of and to in for on with at by from about after before over under between during
council report families children parents school staff budget plan meeting residents road
people service services week year month morning evening team leader cabinet member officer
said says told asked added explained agreed warned hoped planned expects wants needs
new old local national public private small large early late recent latest further
improve support review change increase reduce spend invest build open close start finish
money funding housing transport library park centre hospital clinic police fire crew
community group charity volunteers event festival market shop business jobs workers
weather rain wind sunshine traffic delays works repairs bridge station bus train
agreed decision vote proposal consultation scheme project scheme programme figures
number percent million thousand hundred many few several most some every each other
because while although when where which that who this these those there here then
will would could should might must can may has have had was were is are be been being
very more less much still also only just even already again never often always
`
  .trim()
  .split(/\s+/);

/** Words a name could start with that the vocabulary must not contain. */
function safeVocabulary(nameWords: ReadonlySet<string>): string[] {
  return VOCABULARY.filter((w) => !nameWords.has(w.toLowerCase()));
}

const GRADES = ['outstanding', 'good', 'requires improvement to be good', 'inadequate'];
const CLAIM_FRAMES = [
  (n: string, g: string) => `${n} children's services were rated ${g} by Ofsted`,
  (n: string, g: string) => `Ofsted judged ${n} to be ${g} overall`,
  (n: string, g: string) => `the ${g} rating given to ${n} children's services`,
];

/** What to put in the text. */
export interface TextOptions {
  words: number;
  /** Authority names to insert (none for a name-free text). */
  names: readonly string[];
  /** Chance that a sentence names an authority. */
  nameRate?: number;
  /** Chance that a named sentence is a grade claim. */
  claimRate?: number;
  seed?: number;
}

/** A generated text in paragraphs (separated by blank lines), about `words` words long. */
export function newsText(options: TextOptions): string {
  return newsParagraphs(options).join('\n\n');
}

/** The same text as a list of paragraphs (for building pages). */
export function newsParagraphs({ words, names, nameRate = 0.3, claimRate = 0.3, seed = 1 }: TextOptions): string[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/[^a-z]+/)).filter(Boolean));
  const vocab = safeVocabulary(nameWords);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const perParagraph = 3 + Math.floor(random() * 4);
    for (let s = 0; s < perParagraph && count < words; s++) {
      const length = 8 + Math.floor(random() * 14);
      const parts: string[] = [];
      for (let w = 0; w < length; w++) parts.push(pick(vocab));
      if (names.length > 0 && random() < nameRate) {
        const name = pick(names);
        const at = Math.floor(random() * parts.length);
        parts.splice(at, 0, random() < claimRate ? pick(CLAIM_FRAMES)(name, pick(GRADES)) : name);
      }
      let sentence = parts.join(' ');
      count += sentence.split(' ').length;
      sentence = sentence[0]!.toUpperCase() + sentence.slice(1);
      if (random() < 0.15) sentence += ', ' + pick(vocab) + ' ' + pick(vocab);
      sentences.push(sentence + (random() < 0.1 ? '?' : '.'));
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

/** The sizes (in words) every benchmark runs at. */
export const SIZES = [1_000, 5_000, 50_000, 500_000] as const;
