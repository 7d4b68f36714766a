import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyDraft, exampleDrafts, fuzzRuns, fuzzSeed, grammarDraft } from './drafts.js';
import { checkAllProperties } from './properties.js';

// Property-based tests through the public core API: random drafts built from the grammar and the
// examples with random damage are parsed, checked, linted, formatted and fixed, and every draft
// must keep every property (properties.ts). `npm test` runs a small fixed-seed budget;
// `npm run fuzz` runs many more (COMMONS_FUZZ_RUNS, COMMONS_FUZZ_SEED).
// Every draft a run ever found breaking a property is kept in regressions/ and checked here by name.

const examples = exampleDrafts();
const regressionsFolder = join(import.meta.dirname, 'regressions');
const regressions = readdirSync(regressionsFolder).filter((name) => name.endsWith('.commons')).sort();

describe('every property holds', () => {
    it.each(examples.map((example) => [example.name, example.text]))('on the example %s', async (_, text) => {
        await checkAllProperties(text);
    });

    it.each(regressions)('on the regression case %s', async (name) => {
        await checkAllProperties(readFileSync(join(regressionsFolder, name), 'utf8'));
    });

    it('on drafts built from the grammar', async () => {
        await fc.assert(fc.asyncProperty(grammarDraft, checkAllProperties), { numRuns: fuzzRuns(40), seed: fuzzSeed() });
    });

    it('on the examples and grammar-built drafts with random damage', async () => {
        await fc.assert(fc.asyncProperty(anyDraft(examples), checkAllProperties), { numRuns: fuzzRuns(40), seed: fuzzSeed() + 1 });
    });
});
