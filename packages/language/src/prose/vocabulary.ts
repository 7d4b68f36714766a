import { compilePhrases, longestMatchAt, type PhraseTrie, type TokenClasses, type TrieHit } from './lexicon-matcher.js';
import { LEXICONS, type Lexicons } from './lexicons.generated.js';
import { tokenize, type Token } from './tokens.js';

/** The name of one lexicon file (without ".yaml"). */
export type LexiconName = keyof Lexicons;

/** The categories a lexicon defines. */
export type CategoryOf<N extends LexiconName> = Lexicons[N]['entries'][number]['category'];

// Tries and word sets are built on first use and kept: the lexicons never change at run time.
const tries = new Map<string, PhraseTrie>();
const wordSets = new Map<string, ReadonlySet<string>>();

/** The compiled phrases of a lexicon, or of one of its categories. */
export function phraseTrie<N extends LexiconName>(name: N, category?: CategoryOf<N>): PhraseTrie {
    const key = `${name}/${category ?? '*'}`;
    let trie = tries.get(key);
    if (!trie) {
        const entries = LEXICONS[name].entries.filter((entry) => category === undefined || entry.category === category);
        tries.set(key, trie = compilePhrases(entries));
    }
    return trie;
}

/** The one-word phrases of a lexicon category, as token norms, for quick membership tests. */
export function wordsOf<N extends LexiconName>(name: N, category: CategoryOf<N>): ReadonlySet<string> {
    const key = `${name}/${category}`;
    let words = wordSets.get(key);
    if (!words) {
        const entries = LEXICONS[name].entries.filter((entry) => entry.category === category);
        const single = entries.flatMap((entry) => entry.patterns).map((pattern) => tokenize(pattern)).filter((tokens) => tokens.length === 1);
        wordSets.set(key, words = new Set(single.map(([token]) => token.norm)));
    }
    return words;
}

/** Digits, or a number word such as "twelve" or "half". */
export function isNumberToken(token: Token): boolean {
    return token.kind === 'number' || wordsOf('syntax', 'number-word').has(token.norm);
}

// A "..." gap stays inside one clause and one statement: it stops at clause punctuation, an
// elision, a bracket, and a modal ("action report must describe any measures taken" is not one
// phrase).
const GAP_BREAKING_PUNCTUATION = new Set([';', ':', '.', '?', '!', '—', '…', '(', ')']);
const GAP_BREAKING_WORDS = new Set(['must', 'may', 'shall', 'will', 'should', 'can', 'cannot']);

const TOKEN_CLASSES: TokenClasses = {
    isNumber: isNumberToken,
    breaksGap: (token) => GAP_BREAKING_PUNCTUATION.has(token.norm) || GAP_BREAKING_WORDS.has(token.norm)
};

/** The longest phrase of a lexicon (or one category of it) starting at token `from`. */
export function phraseAt<N extends LexiconName>(tokens: readonly Token[], from: number, limit: number, name: N, category?: CategoryOf<N>): TrieHit | undefined {
    return longestMatchAt(phraseTrie(name, category), tokens, from, limit, TOKEN_CLASSES);
}

/** True when the token is one of a syntax category's words. */
export function isSyntax(token: Token | undefined, category: CategoryOf<'syntax'>): boolean {
    return token !== undefined && wordsOf('syntax', category).has(token.norm);
}
