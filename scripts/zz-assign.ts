import { judgementNames, assignJudgements } from '../lib/engine/judgements';
import { gradeWords } from '../lib/engine/grades';
const t = process.argv[2]!;
const g = gradeWords(t, 0, t.length);
console.log(JSON.stringify(g), JSON.stringify(assignJudgements(t, g, judgementNames(t, 0, t.length))));
