import { compilePhrases, longestMatchAt, type PhraseTrie, type TokenClasses, type TrieHit } from './lexicon-matcher.js';
import { LEXICONS, type Lexicons } from './lexicons.generated.js';
import { tokenize, type Token } from './tokens.js';
import type { WordFacts } from './word-facts.js';

/** The name of one lexicon file (without ".yaml"). */
export type LexiconName = keyof Lexicons;

/** The categories a lexicon defines. */
export type CategoryOf<N extends LexiconName> = Lexicons[N]['entries'][number]['category'];

// Tries and word sets are built on first use and kept: the lexicons never change at run time.
// They are looked up on every token, so the caches are nested maps rather than string keys.
const tries = new Map<LexiconName, Map<string | undefined, PhraseTrie>>();
const wordSets = new Map<LexiconName, Map<string, ReadonlySet<string>>>();

/** The compiled phrases of a lexicon, or of one of its categories. */
export function phraseTrie<N extends LexiconName>(name: N, category?: CategoryOf<N>): PhraseTrie {
    let byCategory = tries.get(name);
    if (!byCategory) tries.set(name, byCategory = new Map());
    let trie = byCategory.get(category);
    if (!trie) byCategory.set(category, trie = compilePhrases(entriesOf(name, category)));
    return trie;
}

/** The one-word phrases of a lexicon category, as token norms, for quick membership tests. */
export function wordsOf<N extends LexiconName>(name: N, category: CategoryOf<N>): ReadonlySet<string> {
    let byCategory = wordSets.get(name);
    if (!byCategory) wordSets.set(name, byCategory = new Map());
    let words = byCategory.get(category);
    if (!words) {
        const single = entriesOf(name, category).flatMap((entry) => entry.patterns).map((pattern) => tokenize(pattern)).filter((tokens) => tokens.length === 1);
        byCategory.set(category, words = new Set(single.map(([token]) => token.norm)));
    }
    return words;
}

function entriesOf<N extends LexiconName>(name: N, category: CategoryOf<N> | undefined) {
    return LEXICONS[name].entries.filter((entry) => category === undefined || entry.category === category);
}

/** Digits, or a number word such as "twelve" or "half". */
export function isNumberToken(token: Token): boolean {
    return token.kind === 'number' || isSyntax(token, 'number-word');
}

// A "..." gap stays inside one clause and one statement: it stops at clause punctuation, an
// elision, a bracket, and the syntax lexicon's gap-breaking words.
const GAP_BREAKING_PUNCTUATION = new Set([';', ':', '.', '?', '!', '—', '…', '(', ')']);

const TOKEN_CLASSES: TokenClasses = {
    isNumber: isNumberToken,
    breaksGap: (token) => GAP_BREAKING_PUNCTUATION.has(token.norm) || isSyntax(token, 'gap-breaker')
};

/** The longest phrase of a lexicon (or one category of it) starting at token `from`. */
export function phraseAt<N extends LexiconName>(tokens: readonly Token[], from: number, limit: number, name: N, category?: CategoryOf<N>): TrieHit | undefined {
    return longestMatchAt(phraseTrie(name, category), tokens, from, limit, TOKEN_CLASSES);
}

// Bit i of a start mask stands for the i-th lexicon: the mask of a token says which lexicons have
// a phrase that could begin there, so a scan asks the tries only at those tokens (most tokens
// begin no phrase of any lexicon, and there are a dozen lexicons).
const LEXICON_NAMES = Object.keys(LEXICONS) as LexiconName[];
const LEXICON_BITS = new Map(LEXICON_NAMES.map((name, index) => [name, 1 << index]));
if (LEXICON_NAMES.length > 31) throw new Error('Start masks hold 31 lexicons; widen them before adding more.');

interface StartIndex {
    readonly byWord: Map<string, number>;
    /** Lexicons with a phrase starting "<num>". */
    readonly numbers: number;
    /** Lexicons with a phrase starting "...", which may start anywhere. */
    readonly anywhere: number;
}

let startIndex: StartIndex | undefined;

function buildStartIndex(): StartIndex {
    const byWord = new Map<string, number>();
    let numbers = 0;
    let anywhere = 0;
    for (const name of LEXICON_NAMES) {
        const bit = LEXICON_BITS.get(name)!;
        const trie = phraseTrie(name);
        for (const word of trie.words.keys()) byWord.set(word, (byWord.get(word) ?? 0) | bit);
        if (trie.number) numbers |= bit;
        if (trie.gap) anywhere |= bit;
    }
    // A number word ("twelve") can start what "<num>" starts: its mask says so, so the mask of a
    // word token is one lookup.
    if (numbers !== 0) for (const word of wordsOf('syntax', 'number-word')) byWord.set(word, (byWord.get(word) ?? 0) | numbers);
    return { byWord, numbers, anywhere };
}

/** The bit that stands for a lexicon in a start mask. */
export function lexiconBit(name: LexiconName): number {
    return LEXICON_BITS.get(name)!;
}

/** Which lexicons (as bits, see `lexiconBit`) have a phrase that could start at this token. */
export function phraseStartMask(token: Token): number {
    const facts = token.facts;
    if (facts.lexicons < 0) {
        const index = startIndex ??= buildStartIndex();
        facts.lexicons = (index.byWord.get(facts.norm) ?? 0) | (facts.number ? index.numbers : 0) | index.anywhere;
    }
    return facts.lexicons;
}

// Each category of each lexicon has a bit too, so "could a phrase of this category start at this
// token?" is a test on the token's facts rather than a lookup in the category's own set of start
// words. There are more categories than an int has bits, so a word's bits are an array of ints.
const CATEGORY_INDEX = new Map<LexiconName, Map<string, number>>();
let categoryCount = 0;
for (const name of LEXICON_NAMES) {
    const byCategory = new Map<string, number>();
    const categories = new Set([...Object.keys(LEXICONS[name].categories), ...LEXICONS[name].entries.map((entry) => entry.category as string)]);
    for (const category of categories) byCategory.set(category, categoryCount++);
    CATEGORY_INDEX.set(name, byCategory);
}
const CATEGORY_WORDS = Math.ceil(categoryCount / 32);
const NO_CATEGORIES = new Int32Array(CATEGORY_WORDS);

/** Where a category's bit sits in a word's category bits. */
export interface CategoryGate {
    readonly word: number;
    readonly bit: number;
}

/**
 * The test that rules out tokens where no phrase of a lexicon category can start, or undefined
 * when a phrase of it may start anywhere (with a number or a gap).
 */
export function categoryGate<N extends LexiconName>(name: N, category: CategoryOf<N>): CategoryGate | undefined {
    const trie = phraseTrie(name, category);
    if (trie.gap || trie.number) return undefined;
    const index = CATEGORY_INDEX.get(name)!.get(category)!;
    return { word: index >> 5, bit: 1 << (index & 31) };
}

/** True when a phrase of the gated category could start at the token (see `categoryGate`). */
export function passesGate(token: Token, gate: CategoryGate): boolean {
    const facts = token.facts;
    const bits = facts.categories ??= (categoryStarts ??= buildCategoryStarts()).get(facts.norm) ?? NO_CATEGORIES;
    return (bits[gate.word] & gate.bit) !== 0;
}

let categoryStarts: Map<string, Int32Array> | undefined;

// A category has a phrase starting with a word exactly when the branch of its lexicon's trie
// under that word holds an entry of the category: the same words its own trie starts with.
function buildCategoryStarts(): Map<string, Int32Array> {
    const byWord = new Map<string, Int32Array>();
    for (const name of LEXICON_NAMES) {
        const indices = CATEGORY_INDEX.get(name)!;
        for (const [word, branch] of phraseTrie(name).words) {
            let bits = byWord.get(word);
            if (!bits) byWord.set(word, bits = new Int32Array(CATEGORY_WORDS));
            for (const category of categoriesUnder(branch)) {
                const index = indices.get(category)!;
                bits[index >> 5] |= 1 << (index & 31);
            }
        }
    }
    return byWord;
}

function categoriesUnder(node: PhraseTrie, found = new Set<string>()): Set<string> {
    for (const entry of node.entries) found.add(entry.category);
    for (const next of node.words.values()) categoriesUnder(next, found);
    if (node.gap) categoriesUnder(node.gap, found);
    if (node.number) categoriesUnder(node.number, found);
    return found;
}

/** `phraseAt` for one lexicon, with its trie looked up once, for scanning every token of a text. */
export function phraseFinder<N extends LexiconName>(name: N, category?: CategoryOf<N>): (tokens: readonly Token[], from: number, limit: number) => TrieHit | undefined {
    const trie = phraseTrie(name, category);
    return (tokens, from, limit) => longestMatchAt(trie, tokens, from, limit, TOKEN_CLASSES);
}

/** Words that can start a phrase of a lexicon category; undefined when a phrase may start with a number or a gap. */
export function startWordsOf<N extends LexiconName>(name: N, category: CategoryOf<N>): ReadonlySet<string> | undefined {
    const trie = phraseTrie(name, category);
    return trie.gap || trie.number ? undefined : new Set(trie.words.keys());
}

// Syntax categories are bits of a word's facts, 31 to an int (so an unread -1 stands apart).
const SYNTAX_CATEGORIES = Object.keys(LEXICONS.syntax.categories) as CategoryOf<'syntax'>[];
const SYNTAX_INDEX = new Map(SYNTAX_CATEGORIES.map((category, index) => [category, index]));
if (SYNTAX_CATEGORIES.length > 62) throw new Error('Word facts hold 62 syntax categories; widen them before adding more.');

let syntaxMasks: Map<string, readonly [number, number]> | undefined;

// Every syntax word with the categories that list it, so a word's categories are one lookup.
function buildSyntaxMasks(): Map<string, readonly [number, number]> {
    const masks = new Map<string, [number, number]>();
    SYNTAX_CATEGORIES.forEach((category, index) => {
        for (const word of wordsOf('syntax', category)) {
            let mask = masks.get(word);
            if (!mask) masks.set(word, mask = [0, 0]);
            if (index < 31) mask[0] |= 1 << index;
            else mask[1] |= 1 << (index - 31);
        }
    });
    return masks;
}

function readSyntax(facts: WordFacts): void {
    const mask = (syntaxMasks ??= buildSyntaxMasks()).get(facts.norm);
    facts.syntaxHigh = mask ? mask[1] : 0;
    facts.syntaxLow = mask ? mask[0] : 0;
}

function hasSyntax(facts: WordFacts, index: number): boolean {
    if (facts.syntaxLow < 0) readSyntax(facts);
    return index < 31 ? (facts.syntaxLow & (1 << index)) !== 0 : (facts.syntaxHigh & (1 << (index - 31))) !== 0;
}

/** True when the token is one of a syntax category's words. */
export function isSyntax(token: Token | undefined, category: CategoryOf<'syntax'>): boolean {
    return token !== undefined && hasSyntax(token.facts, SYNTAX_INDEX.get(category)!);
}

/** True when a word (a token norm) is one of a syntax category's words. */
export function isSyntaxWord(norm: string | undefined, category: CategoryOf<'syntax'>): boolean {
    if (norm === undefined) return false;
    const mask = (syntaxMasks ??= buildSyntaxMasks()).get(norm);
    if (!mask) return false;
    const index = SYNTAX_INDEX.get(category)!;
    return index < 31 ? (mask[0] & (1 << index)) !== 0 : (mask[1] & (1 << (index - 31))) !== 0;
}
