import { describe, expect, test } from 'vitest';
import { analyseProse } from '../../../packages/language/src/prose/index.js';

const sentencesOf = (text: string) => analyseProse(text).sentences.map((sentence) => sentence.text);

describe('sentence splitting', () => {
    test('a full stop before a capital ends a sentence', () => {
        expect(sentencesOf('The council must act. The forum may object.')).toEqual(['The council must act.', 'The forum may object.']);
    });

    test('citation abbreviations do not end a sentence', () => {
        const text = 'Under s. 22(1) of the Act and para. 5 of Sch. 2, No. 3 schemes are exempt. The council must act.';
        expect(sentencesOf(text)).toEqual([
            'Under s. 22(1) of the Act and para. 5 of Sch. 2, No. 3 schemes are exempt.',
            'The council must act.'
        ]);
    });

    test('e.g., i.e. and etc. followed by lower case stay inside the sentence', () => {
        const text = 'Some bodies, e.g. Parish councils, i.e. The smallest tier, etc. may bid. The forum may object.';
        expect(sentencesOf(text)).toHaveLength(2);
        expect(sentencesOf('Grants, loans etc. The forum may object.')).toEqual(['Grants, loans etc.', 'The forum may object.']);
    });

    test('decimal and provision numbers are not sentence ends', () => {
        const text = 'The target is 1.5 degrees under section 12(3)(a) and paragraph 1.3.1 of the Code. Ministers must report.';
        expect(sentencesOf(text)).toEqual([
            'The target is 1.5 degrees under section 12(3)(a) and paragraph 1.3.1 of the Code.',
            'Ministers must report.'
        ]);
    });

    test('a paragraph number at the start of a sentence keeps its full stop', () => {
        expect(sentencesOf('1. This Code is issued to meet a desire. 2. Transparency is the foundation.')).toEqual([
            '1. This Code is issued to meet a desire.',
            '2. Transparency is the foundation.'
        ]);
    });

    test('dashes and semicolons joining list items do not end the sentence', () => {
        const text = '84—(1) A council must— (a) consult residents; (b) publish a report; and (c) act on it.';
        expect(sentencesOf(text)).toEqual([text]);
    });

    test('a full stop before a list marker ends the sentence; a blank line always does', () => {
        expect(sentencesOf('(1) The council must act. (2) The forum may object.')).toHaveLength(2);
        expect(sentencesOf('Heading without a stop\n\nThe council must act.')).toEqual(['Heading without a stop', 'The council must act.']);
    });

    test('word counts leave list markers out', () => {
        const [sentence] = analyseProse('The authority must— (a) consult residents; and (b) publish the result.').sentences;
        expect(sentence.wordCount).toBe(9);
    });

    test('sentence spans are exact offsets into the text', () => {
        const text = '  The council must act.   The forum may object.';
        for (const sentence of analyseProse(text).sentences) {
            expect(text.slice(sentence.span.start, sentence.span.end)).toBe(sentence.text);
        }
    });
});
