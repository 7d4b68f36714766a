import { beforeAll, describe, expect, it } from 'vitest';
import {
    formatScore, isCommunityLed, KINDS, lintCorpus, loadCorpus, NAIVE_PATTERNS, RULES_BY_KIND, score, type CorpusClause, type Kind
} from './corpus.js';

/**
 * Calibration on real law: the linter's judgement against the labelled corpus. Recall is the
 * share of clauses labelled true that it flags; the false-flag rate the share labelled false that
 * it flags. Clauses labelled null (genuinely ambiguous) are left out of both.
 */
describe('calibration on the labelled corpus', () => {
    const clauses = loadCorpus();
    let found: Map<string, Set<string>>;
    const flaggedAs = (kind: Kind) => (clause: CorpusClause) => RULES_BY_KIND[kind].some((rule) => found.get(clause.id)!.has(rule));

    beforeAll(async () => {
        found = await lintCorpus(clauses);
        const constructed = clauses.filter((clause) => clause.constructed);
        const lines = KINDS.flatMap((kind) => [
            formatScore('all', score(kind, clauses, flaggedAs(kind))),
            formatScore('constructed', score(kind, constructed, flaggedAs(kind))),
            formatScore('naive', score(kind, constructed, (clause) => NAIVE_PATTERNS[kind].test(clause.text)))
        ]);
        console.log(['Calibration (commons lint on ../shared/corpus/real-clauses.json):', ...lines].join('\n'));
    });

    it.each(KINDS)('%s: recall at least 80%', (kind) => {
        expect(score(kind, clauses, flaggedAs(kind)).recall).toBeGreaterThanOrEqual(0.8);
    });

    it.each(KINDS)('%s: false-flag rate at most 10%', (kind) => {
        expect(score(kind, clauses, flaggedAs(kind)).falseFlagRate).toBeLessThanOrEqual(0.1);
    });

    it('never calls a community-led clause institution-led', () => {
        const wrong = clauses.filter(isCommunityLed).filter(flaggedAs('institutionLed')).map((clause) => clause.id);
        expect(wrong).toEqual([]);
    });

    it.each(KINDS)('%s: beats a naive keyword matcher on the constructed hard cases', (kind) => {
        const constructed = clauses.filter((clause) => clause.constructed);
        const ours = score(kind, constructed, flaggedAs(kind));
        const naive = score(kind, constructed, (clause) => NAIVE_PATTERNS[kind].test(clause.text));
        // Youden's J (recall minus false-flag rate) rewards finding the true cases without flagging the false ones.
        expect(ours.recall - ours.falseFlagRate).toBeGreaterThan(naive.recall - naive.falseFlagRate);
    });
});
