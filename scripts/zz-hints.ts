import { locatedTimeHints } from '../lib/engine/hints';
console.log(JSON.stringify(locatedTimeHints(process.argv[2]!)));
