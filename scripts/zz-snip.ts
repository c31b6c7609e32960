import { join } from 'node:path';
import { buildEngineIndex } from '../lib/engine/engine-index';
import { loadSeeds } from '../lib/data/load';
import { analyse } from '../lib/engine/analyse';
const index = buildEngineIndex(loadSeeds(join(import.meta.dirname, '..', 'seeds')));
const text = process.argv[2]!.replace(/\\n/g, '\n');
const a = analyse(text, { published: process.argv[3] ?? null }, index);
for (const c of a.claims) console.log(`${c.authority} ${c.judgement} ${c.grade} ${c.verdict} ${c.inspection?.published ?? ''} | ${c.text}`);
