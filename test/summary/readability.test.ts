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
 * Summaries that do not yet reach the summary target (60), with the reason. Each is checked to
 * still fall short (so this list cannot hide an improvement) and to read more easily than its
 * clauses. "What this does" has no such list: every example must reach 70.
 */
const BELOW_TARGET: Readonly<Record<string, string>> = {
    'community-power-act/community-power-act': 'long clauses of rights and duties restated close to the draft\'s words (16 words a sentence)',
    'treasury-wellbeing-budgeting': 'long clauses restated close to the draft\'s words (15 words a sentence)',
    'real-law/city-statute-brazil-2001': 'enacted sentences of 40 words and more, in long Latinate words',
    'real-law/climate-action-and-low-carbon-development-act-2015-ireland': 'enacted text restated close to its words; just under 60',
    'real-law/common-provisions-regulation-eu-1303-2013': 'enacted text in long words ("community-led local development strategies")',
    'real-law/community-empowerment-scotland-act-2015': 'enacted text restated close to its words',
    'real-law/federal-sustainable-development-act-canada': 'one enacted sentence of 66 words, and the name "Federal Sustainable Development Strategy"',
    'real-law/gpra-modernization-act-2010-united-states': 'short list items of long words ("information technology management")',
    'real-law/land-reform-scotland-act-2003': 'enacted text restated close to its words; just under 60',
    'real-law/local-government-act-2002-new-zealand': 'enacted text restated close to its words',
    'real-law/localism-act-2011': 'enacted text restated close to its words',
    'real-law/municipal-systems-act-2000-south-africa': 'enacted text, and "municipality" (six syllables) in most sentences'
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

    it('meets the summary target (60) by both counts except where listed, and every listed one still falls short', () => {
        const report: string[] = [];
        for (const { name, model } of examples) {
            const summary = independentEase(sentencesOf(model).map((sentence) => sentence.text));
            report.push(`${name}: clauses ${model.readability.clauses.ease}, summary ${summary} (generator's count ${model.readability.summary.ease})`);
            // Met only when both counts agree it is: the independent library's and the generator's own.
            const meets = summary >= SUMMARY_TARGET && model.readability.summary.ease >= SUMMARY_TARGET;
            if (BELOW_TARGET[name]) expect(meets, `${name} now meets the target: take it off BELOW_TARGET`).toBe(false);
            else expect(meets, `${name}: summary ${summary} (target ${SUMMARY_TARGET})`).toBe(true);
        }
        console.log(report.join('\n'));
    });

    it('meets the "What this does" target (70) for every example, by both counts', () => {
        for (const { name, model } of examples) {
            const what = independentEase(model.whatThisDoes.map((sentence) => sentence.text));
            expect(what, `${name}: "What this does" ${what} (target ${WHAT_THIS_DOES_TARGET})`).toBeGreaterThanOrEqual(WHAT_THIS_DOES_TARGET);
            expect(model.readability.whatThisDoes.ease, name).toBeGreaterThanOrEqual(WHAT_THIS_DOES_TARGET);
        }
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
