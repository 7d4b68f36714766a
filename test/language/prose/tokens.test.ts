import { describe, expect, test } from 'vitest';
import { analyseProse } from '../../../packages/language/src/prose/index.js';

const tokensOf = (text: string) => analyseProse(text).tokens.map((token) => [token.text, token.norm, token.kind]);

describe('tokens', () => {
    test('words keep inner hyphens and apostrophes; possessives are normalised', () => {
        expect(tokensOf("The council's decision-making and residents’ views")).toEqual([
            ['The', 'the', 'word'], ["council's", 'council', 'word'], ['decision-making', 'decision-making', 'word'],
            ['and', 'and', 'word'], ['residents’', 'residents', 'word'], ['views', 'views', 'word']
        ]);
    });

    test('dotted abbreviations, numbers and ordinals are single tokens', () => {
        expect(tokensOf('e.g. 2,000 people on the 31st, under rule 1.3.1')).toEqual([
            ['e.g.', 'e.g', 'word'], ['2,000', '2,000', 'number'], ['people', 'people', 'word'], ['on', 'on', 'word'], ['the', 'the', 'word'],
            ['31st', '31st', 'number'], [',', ',', 'punct'], ['under', 'under', 'word'], ['rule', 'rule', 'word'], ['1.3.1', '1.3.1', 'number']
        ]);
    });

    test('dashes and ellipses are normalised; brackets and quotation marks are left out', () => {
        expect(tokensOf('the [council] -- or “forum” – may... act')).toEqual([
            ['the', 'the', 'word'], ['council', 'council', 'word'], ['--', '—', 'punct'], ['or', 'or', 'word'], ['forum', 'forum', 'word'],
            ['–', '—', 'punct'], ['may', 'may', 'word'], ['...', '…', 'punct'], ['act', 'act', 'word']
        ]);
    });

    test('letters beyond ASCII make words, and every kind of space separates tokens', () => {
        const text = 'Élan\u00a0naïve\u2003Ⅻ ٣ 😀';
        expect(tokensOf(text)).toEqual([
            ['Élan', 'élan', 'word'], ['naïve', 'naïve', 'word'], ['Ⅻ', 'Ⅻ', 'punct'], ['٣', '٣', 'punct'], ['😀', '😀', 'punct']
        ]);
        expect(analyseProse(text).tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Élan', 'naïve', 'Ⅻ', '٣', '😀']);
    });
});
