// Throughput of the prose layer on the labelled corpus: `npx vitest bench test/language/prose --run`.
// One iteration reads every clause once with the cache cleared, so MB/s = hz × the size in the
// suite name.
import { readFileSync } from 'node:fs';
import { sharedFile } from '../../helpers/shared.js';
import { bench, describe } from 'vitest';
import { analyseProse, clearProseCache, type LexiconName } from '../../../packages/language/src/prose/index.js';

const corpusPath = sharedFile('corpus', 'real-clauses.json');
const texts: string[] = JSON.parse(readFileSync(corpusPath, 'utf8')).clauses.map((clause: { text: string }) => clause.text);
const megabytes = texts.reduce((total, text) => total + Buffer.byteLength(text), 0) / 1e6;
const lexicons: LexiconName[] = ['actors', 'decisions', 'qualifiers', 'metrics', 'outputs', 'outcomes', 'uniformity', 'drafting'];
// Enough warm-up for the JIT, and long enough runs that one busy moment on a shared machine does
// not decide the result.
const options = { time: 3000, warmupIterations: 30 };

describe(`the corpus, ${megabytes.toFixed(4)} MB per iteration`, () => {
    bench('analyseProse', () => {
        clearProseCache();
        for (const text of texts) analyseProse(text);
    }, options);

    bench('analyseProse and eight lexicons', () => {
        clearProseCache();
        for (const text of texts) {
            const analysis = analyseProse(text);
            for (const lexicon of lexicons) analysis.matches(lexicon);
        }
    }, options);

    bench('analyseProse, cached', () => {
        for (const text of texts) analyseProse(text);
    }, options);
});
