/**
 * The prose layer: a structured reading of legal sentences for the lint rules.
 *
 * Pure functions over strings with no I/O and no Node built-ins, so it runs in a browser Web
 * Worker as well as in the CLI. The word lists are data (packages/language/lexicons/*.yaml),
 * compiled into `lexicons.generated.ts` by scripts/build-lexicons.mjs.
 *
 * ```ts
 * const analysis = analyseProse('The Secretary of State may approve or reject the plan.');
 * const [statement] = analysis.propositions;
 * statement.actor.kind;            // 'institution'
 * statement.modal?.kind;           // 'power'
 * statement.verbs.map((verb) => verb.lemma); // ['approve', 'reject']
 * analysis.matches('metrics').filter((match) => !match.negated);
 * ```
 */

export {
    /**
     * Reads a piece of prose (a clause's text) into sentences, list items, propositions and
     * negation scopes; lexicon matches are computed on request. Cached by exact text, so calling
     * it again for an unchanged clause is a map lookup.
     */
    analyseProse,
    /** Empties the analysis cache. */
    clearProseCache,
    /** How many texts the analysis cache holds. */
    proseCacheSize,
    /** The most texts the analysis cache keeps by default before dropping the least recently used. */
    PROSE_CACHE_LIMIT,
    /** Changes how many texts the analysis cache keeps. */
    setProseCacheLimit
} from './analysis.js';

export type {
    Actor, ActorKind, LexiconMatch, ListItem, Modal, ModalKind, Negation, Party, Phrase, Proposition,
    ProseAnalysis, Sentence, Verb
} from './model.js';

export type { Span, Token, TokenKind } from './tokens.js';

export {
    /** Splits text into tokens with offsets; the tokenizer every lexicon pattern is matched with. */
    tokenize
} from './tokens.js';

export {
    /** The dictionary form of a verb: "approved" -> "approve", "held" -> "hold". */
    lemmatize,
    /** The lemma of a past participle ("chosen" -> "choose"), or undefined if the word is not one. */
    participleLemma,
    /** Which inflections of which verb a word is, or undefined for a word not known as a verb. */
    verbForm,
    /** `verbForm` of a token's word, read once per word. */
    verbFormOf
} from './lemmas.js';
export type { VerbForm } from './lemmas.js';

export {
    /** Every lexicon, as compiled from packages/language/lexicons/*.yaml. */
    LEXICONS
} from './lexicons.generated.js';
export type {
    ActorsCategory, DecisionsCategory, DraftingCategory, Lexicon, LexiconEntry, Lexicons, MetricsCategory,
    ModalsCategory, NegationCategory, NegationHandling, OutcomesCategory, OutputsCategory, QualifiersCategory,
    UniformityCategory
} from './lexicons.generated.js';

export type { CategoryOf, LexiconName } from './vocabulary.js';

export type { CategoryGate } from './vocabulary.js';

export {
    /** The bit test that rules out tokens where no phrase of a lexicon category can start. */
    categoryGate,
    /** True when a phrase of a gated category could start at a token. */
    passesGate,
    /** True when a token is one of a syntax category's words (read from the token's word facts). */
    isSyntax,
    /** True when a word (a token norm) is one of a syntax category's words. */
    isSyntaxWord,
    /** Words that can start a phrase of a lexicon category. */
    startWordsOf,
    /** The single words of a lexicon category (one-word entries and their forms). */
    wordsOf
} from './vocabulary.js';

export {
    /** The first phrase of a lexicon category inside a span of an analysed text. */
    findPhrase,
    /** The phrase of a lexicon category that starts at an offset of an analysed text. */
    phraseStartingAt,
    /** The phrase of a lexicon category that starts at a token index of an analysed text. */
    phraseAtToken,
    /** Index of the first token of an analysis at or after an offset. */
    firstTokenAtOrAfter
} from './phrase-search.js';
