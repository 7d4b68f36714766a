import { beforeEach, describe, expect, test } from 'vitest';
import { analyseProse, clearProseCache, PROSE_CACHE_LIMIT, proseCacheSize, setProseCacheLimit } from '../../../packages/language/src/prose/index.js';

describe('analysis cache', () => {
    beforeEach(() => clearProseCache());

    test('an unchanged text returns the same analysis; a changed one is read again', () => {
        const first = analyseProse('The council must act.');
        expect(analyseProse('The council must act.')).toBe(first);
        expect(analyseProse('The council must act!')).not.toBe(first);
        expect(proseCacheSize()).toBe(2);
    });

    test('lexicon matches are computed once per analysis', () => {
        const analysis = analyseProse('The authority must not set targets.');
        expect(analysis.matches('metrics')).toBe(analysis.matches('metrics'));
    });

    test('the least recently used text is dropped when the cache is full', () => {
        const kept = analyseProse('clause 0');
        const dropped = analyseProse('clause 1');
        for (let index = 2; index < PROSE_CACHE_LIMIT; index++) analyseProse(`clause ${index}`);
        expect(analyseProse('clause 0')).toBe(kept);
        analyseProse('one more clause');
        expect(proseCacheSize()).toBe(PROSE_CACHE_LIMIT);
        expect(analyseProse('clause 0')).toBe(kept);
        expect(analyseProse('clause 1')).not.toBe(dropped);
    });

    test('a smaller limit drops the least recently used texts and reuses their places', () => {
        try {
            const texts = ['The council must act.', 'The forum may decide.', 'The board must publish a report.', 'Residents may appeal.'];
            const first = texts.map((text) => analyseProse(text));
            analyseProse(texts[0]);
            setProseCacheLimit(2);
            expect(proseCacheSize()).toBe(2);
            expect(analyseProse(texts[0])).toBe(first[0]);
            expect(analyseProse(texts[3])).toBe(first[3]);
            expect(analyseProse(texts[1])).not.toBe(first[1]);
            expect(analyseProse(texts[0])).not.toBe(first[0]);
            expect(proseCacheSize()).toBe(2);
            expect(analyseProse(texts[1]).text).toBe(texts[1]);
        } finally {
            setProseCacheLimit(PROSE_CACHE_LIMIT);
        }
    });
});

describe('pathological input', () => {
    test('a very long sentence with many statements is read in linear time', () => {
        const clause = 'the council must not publish a league table of the forum unless the forum agrees; and ';
        const text = `${clause.repeat(2000)}the end.`;
        const started = performance.now();
        const analysis = analyseProse(text);
        const seconds = (performance.now() - started) / 1000;
        expect(analysis.propositions.filter((proposition) => proposition.modal?.text === 'must not')).toHaveLength(2000);
        expect(seconds).toBeLessThan(5);
    });
});
