// Assigns each labelled clause in corpus/*-clauses.json to the tuning part or the held-out part,
// once, and records the assignment in corpus/split.json. A clause already recorded never moves,
// so adding clauses cannot reshuffle the parts a past figure was measured on. A new clause goes
// where the hash of its id puts it: about one in three is held out.
//
//   node scripts/split-corpus.mjs           record clauses that are not yet in the split
//   node scripts/split-corpus.mjs --check   exit 1 if any clause is missing from the split
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const splitFile = join(corpusFolder, 'split.json');

export const SPLIT_RULE = 'sha256(id): held out when the first byte modulo 3 is 0, otherwise tuning';

function partByHash(id) {
    return createHash('sha256').update(id).digest()[0] % 3 === 0 ? 'heldOut' : 'tuning';
}

const ids = readdirSync(corpusFolder)
    .filter((name) => name.endsWith('-clauses.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(corpusFolder, name), 'utf8')).clauses.map((clause) => clause.id));

let split;
try {
    split = JSON.parse(readFileSync(splitFile, 'utf8'));
} catch {
    split = { rule: SPLIT_RULE, frozen: new Date().toISOString().slice(0, 10), tuning: [], heldOut: [] };
}
const recorded = new Set([...split.tuning, ...split.heldOut]);
const missing = ids.filter((id) => !recorded.has(id));

if (process.argv.includes('--check')) {
    if (missing.length > 0) {
        console.error(`${missing.length} clauses are not in corpus/split.json (${missing.slice(0, 5).join(', ')}...). Run: node scripts/split-corpus.mjs`);
        process.exit(1);
    }
    process.exit(0);
}
for (const id of missing) split[partByHash(id)].push(id);
writeFileSync(splitFile, `${JSON.stringify(split, null, 2)}\n`);
console.log(`corpus/split.json: ${split.tuning.length} tuning, ${split.heldOut.length} held out (${missing.length} newly recorded).`);
