import { flesch } from 'flesch';
import { syllable } from 'syllable';

/**
 * Readability by the Flesch Reading Ease formula (Flesch 1948/1975), counted with the `flesch`
 * and `syllable` packages of the words/ project (pure functions, no file system, so they run in
 * a browser worker too). Text is split into list items first, then sentences, then words.
 */
export interface ReadabilityFigures {
    /** Flesch Reading Ease, rounded to one decimal place: higher is easier; 60 and above is plain English. */
    readonly ease: number;
    readonly sentences: number;
    readonly words: number;
    readonly syllables: number;
    readonly band: ReadabilityBand;
}

/** Flesch's own bands, in words. */
export type ReadabilityBand = 'very easy' | 'easy' | 'fairly easy' | 'plain' | 'fairly difficult' | 'difficult' | 'very difficult';

/** The targets the summaries are held to. */
export const SUMMARY_TARGET = 60;
export const WHAT_THIS_DOES_TARGET = 70;

export function bandOf(ease: number): ReadabilityBand {
    if (ease >= 90) return 'very easy';
    if (ease >= 80) return 'easy';
    if (ease >= 70) return 'fairly easy';
    if (ease >= 60) return 'plain';
    if (ease >= 50) return 'fairly difficult';
    if (ease >= 30) return 'difficult';
    return 'very difficult';
}

/**
 * Splits text into sentences: list items first (a line break, "(a)" or a bullet starts one),
 * then at a full stop, question mark, exclamation mark or semicolon followed by a space.
 * Abbreviations common in law ("s. 3", "e.g.", "No. 4") do not end a sentence.
 */
export function splitSentences(text: string): string[] {
    const items = text.split(/\n\s*\n|\n\s*(?=[-*•]\s|\([a-z0-9]{1,4}\)\s)|\s(?=\([a-z]{1,3}\)\s)|(?<=[:—–])\s+/u);
    const sentences: string[] = [];
    for (const item of items) {
        const pieces = item.split(/(?<=[.!?;])\s+(?=["“(]?[A-Z0-9£$€])/u);
        let carry = '';
        for (const piece of pieces) {
            const joined = carry ? `${carry} ${piece}` : piece;
            if (/\b(e\.g|i\.e|s|ss|No|para|art|Art|cf|etc|Mr|Mrs|Ms|Dr|St)\.$/.test(joined.trim())) {
                carry = joined;
                continue;
            }
            carry = '';
            if (wordsOf(joined).length > 0) sentences.push(joined.trim());
        }
        if (carry && wordsOf(carry).length > 0) sentences.push(carry.trim());
    }
    return sentences;
}

/** The words of a sentence: runs of letters, digits and inner apostrophes, hyphens, full stops or commas. */
export function wordsOf(text: string): string[] {
    return text.match(/[\p{L}\p{N}£$€]+(?:['’.,\-][\p{L}\p{N}]+)*%?/gu) ?? [];
}

/** Syllables in a word; a number is read as its digits are usually spoken, about one syllable a digit group. */
function syllablesIn(word: string): number {
    if (/\p{L}/u.test(word)) return Math.max(1, syllable(word));
    const groups = word.replace(/[£$€%]/g, '').split(/[.,]/).filter(Boolean).length;
    return Math.max(1, groups);
}

/** Figures for a piece of text, split into sentences first. */
export function readabilityOf(text: string | readonly string[]): ReadabilityFigures {
    const sentences = typeof text === 'string' ? splitSentences(text) : text.flatMap(splitSentences);
    let words = 0;
    let syllables = 0;
    for (const sentence of sentences) {
        for (const word of wordsOf(sentence)) {
            words++;
            syllables += syllablesIn(word);
        }
    }
    if (words === 0 || sentences.length === 0) return { ease: 0, sentences: 0, words: 0, syllables: 0, band: 'very difficult' };
    const ease = Math.round(flesch({ sentence: sentences.length, word: words, syllable: syllables }) * 10) / 10;
    return { ease, sentences: sentences.length, words, syllables, band: bandOf(ease) };
}

/** The reading ease of one sentence (not split further). */
export function sentenceEase(sentence: string): number {
    const words = wordsOf(sentence);
    if (words.length === 0) return 100;
    const syllables = words.reduce((sum, word) => sum + syllablesIn(word), 0);
    return Math.round(flesch({ sentence: 1, word: words.length, syllable: syllables }) * 10) / 10;
}
