import { compilePhrases, longestMatchAt, type PhraseTrie, type TokenClasses, type TrieHit } from './lexicon-matcher.js';
import { LEXICONS, type Lexicons } from './lexicons.generated.js';
import { tokenize, type Token } from './tokens.js';

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
    return token.kind === 'number' || (numberWords ??= wordsOf('syntax', 'number-word')).has(token.norm);
}

let numberWords: ReadonlySet<string> | undefined;

// A "..." gap stays inside one clause and one statement: it stops at clause punctuation, an
// elision, a bracket, and the syntax lexicon's gap-breaking words.
const GAP_BREAKING_PUNCTUATION = new Set([';', ':', '.', '?', '!', '—', '…', '(', ')']);
let gapBreakingWords: ReadonlySet<string> | undefined;

const TOKEN_CLASSES: TokenClasses = {
    isNumber: isNumberToken,
    breaksGap: (token) => GAP_BREAKING_PUNCTUATION.has(token.norm) || (gapBreakingWords ??= wordsOf('syntax', 'gap-breaker')).has(token.norm)
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
    const index = startIndex ??= buildStartIndex();
    return (index.byWord.get(token.norm) ?? 0) | (token.kind === 'number' ? index.numbers : 0) | index.anywhere;
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

let syntaxWords: Map<string, ReadonlySet<string>> | undefined;

/** True when the token is one of a syntax category's words. */
export function isSyntax(token: Token | undefined, category: CategoryOf<'syntax'>): boolean {
    if (token === undefined) return false;
    syntaxWords ??= new Map(Object.keys(LEXICONS.syntax.categories).map((name) => [name, wordsOf('syntax', name as CategoryOf<'syntax'>)]));
    return syntaxWords.get(category)!.has(token.norm);
}
