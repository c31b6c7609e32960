import { judgementNames } from '../lib/engine/judgements';
import { gradeWords } from '../lib/engine/grades';
const t = process.argv[2]!;
console.log(JSON.stringify(judgementNames(t, 0, t.length).map((n) => [t.slice(n.start, n.end), n.judgements])));
