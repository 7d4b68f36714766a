import rs from 'text-readability';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_TARGET, WHAT_THIS_DOES_TARGET } from '../../packages/language/src/index.js';
import { sentencesOf, summariseExamples, type SummarisedExample } from './support.js';

/**
 * The readability targets, measured with an independent library: `text-readability`, which
 * counts words and syllables its own way (it strips punctuation, and counts syllables over the
 * whole text), rather than the `flesch` and `syllable` packages the generator uses.
 */
function independentEase(sentences: readonly string[]): number {
    // Sentences are the summary's own (each written as one), list items split first; words and
    // syllables are counted by text-readability, and the Flesch formula applied to the totals.
    const items = sentences.flatMap((sentence) => sentence.split(/;\s+|(?<=[:—–])\s+|\s(?=\([a-z0-9]{1,4}\)\s)/u)).map((item) => item.trim()).filter(Boolean);
    const words = items.reduce((sum, item) => sum + rs.lexiconCount(item), 0);
    const syllables = items.reduce((sum, item) => sum + rs.syllableCount(item), 0);
    return Math.round((206.835 - 1.015 * (words / items.length) - 84.6 * (syllables / words)) * 10) / 10;
}

/**
 * Summaries that do not yet reach the targets, with the reason. Each is checked to still fall
 * short (so this list cannot hide an improvement) and to read more easily than its clauses.
 */
const BELOW_TARGET: Readonly<Record<string, string>> = {
    'community-power-act/community-power-act': 'restates long clauses of rights and duties in the draft\'s own words',
    'treasury-wellbeing-budgeting': 'restates long clauses in the draft\'s own words',
    'real-law/city-statute-brazil-2001': 'enacted text quoted verbatim; its sentences run to 80 words',
    'real-law/climate-action-and-low-carbon-development-act-2015-ireland': 'enacted text quoted verbatim',
    'real-law/common-provisions-regulation-eu-1303-2013': 'enacted text quoted verbatim',
    'real-law/community-empowerment-scotland-act-2015': 'enacted text quoted verbatim',
    'real-law/federal-sustainable-development-act-canada': 'one enacted sentence of 66 words',
    'real-law/gpra-modernization-act-2010-united-states': 'enacted text quoted verbatim',
    'real-law/local-government-act-2001-ireland': 'enacted text quoted verbatim',
    'real-law/local-government-act-2002-new-zealand': 'enacted text quoted verbatim',
    'real-law/localism-act-2011': 'enacted text quoted verbatim',
    'real-law/municipal-systems-act-2000-south-africa': 'enacted text quoted verbatim'
};

let examples: SummarisedExample[];
beforeAll(async () => {
    examples = await summariseExamples();
});

describe('readability of the summaries, by an independent library', () => {
    it('agrees with the generator\'s own figures to within 10 points', () => {
        for (const { name, model } of examples) {
            const independent = independentEase(sentencesOf(model).map((sentence) => sentence.text));
            expect(Math.abs(independent - model.readability.summary.ease), `${name}: ${independent} against ${model.readability.summary.ease}`).toBeLessThanOrEqual(10);
        }
    });

    it('meets the targets (60 for a summary, 70 for "What this does") except where listed, and every listed one still falls short', () => {
        const report: string[] = [];
        for (const { name, model } of examples) {
            const summary = independentEase(sentencesOf(model).map((sentence) => sentence.text));
            const what = independentEase(model.whatThisDoes.map((sentence) => sentence.text));
            report.push(`${name}: clauses ${model.readability.clauses.ease}, summary ${summary}, what this does ${what}`);
            const meets = summary >= SUMMARY_TARGET && what >= WHAT_THIS_DOES_TARGET;
            if (BELOW_TARGET[name]) expect(meets, `${name} now meets the targets: take it off BELOW_TARGET`).toBe(false);
            else expect(meets, `${name}: summary ${summary} (target ${SUMMARY_TARGET}), "What this does" ${what} (target ${WHAT_THIS_DOES_TARGET})`).toBe(true);
        }
        console.log(report.join('\n'));
    });

    it('makes every summary easier to read than the clauses it summarises', () => {
        for (const { name, model } of examples) {
            const summary = independentEase(sentencesOf(model).map((sentence) => sentence.text));
            expect(summary, name).toBeGreaterThan(model.readability.clauses.ease);
            expect(model.readability.summary.ease, name).toBeGreaterThan(model.readability.clauses.ease);
        }
    });

    it('keeps "What this does" to three to five sentences', () => {
        for (const { name, model } of examples) {
            expect(model.whatThisDoes.length, name).toBeGreaterThanOrEqual(3);
            expect(model.whatThisDoes.length, name).toBeLessThanOrEqual(5);
        }
    });
});
