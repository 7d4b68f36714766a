import { detached } from '../strings.js';
import type { VerbForm } from './lemmas.js';

/**
 * What the reader asks about one word (one token norm), worked out the first time it is asked and
 * then shared by every token of that word. A clause is read by asking the same few questions of
 * every token ("is it a determiner?", "could a phrase of this lexicon start here?", "is it a
 * verb?"): answered from the word lists, each question is one or two map lookups, millions of
 * times per statute book; answered from the token's facts, it is a field read.
 *
 * The fields start as "not read yet" and are filled by the modules that own the answers
 * (vocabulary.ts for word lists and lexicons, lemmas.ts for verb forms), so this module needs
 * neither and the tokenizer can attach facts to every token, including those of lexicon patterns.
 * Facts depend on the word alone, never on a document, so sharing them cannot leak anything
 * between documents.
 */
export class WordFacts {
    /** The syntax categories listing the word, as bits (see `isSyntax`); -1 until read. */
    syntaxLow = -1;
    syntaxHigh = 0;
    /** Which lexicons have a phrase that could start at the word, as bits (see `phraseStartMask`); -1 until read. */
    lexicons = -1;
    /** Which lexicon categories have a phrase starting with the word, as bits (see `startsCategory`); undefined until read. */
    categories: Int32Array | undefined = undefined;
    /** The word's verb form; null when it is not a verb, undefined until read. */
    verb: VerbForm | null | undefined = undefined;

    /** `number` because a digit token's norm is its digits and "<num>" phrases start there. */
    constructor(readonly norm: string, readonly number: boolean) {}
}

// Keyed by norm: a norm says what kind of token it is (words start with a letter, numbers with a
// digit, punctuation with neither). Capped so that unusual input cannot grow it without bound;
// emptying it only costs re-reading words.
const factsByNorm = new Map<string, WordFacts>();
const FACTS_LIMIT = 50_000;

/** The shared facts of a token norm. */
export function factsOf(norm: string, number: boolean): WordFacts {
    let facts = factsByNorm.get(norm);
    if (!facts) {
        if (factsByNorm.size >= FACTS_LIMIT) factsByNorm.clear();
        // Kept for the session, so the key must not hold the clause it was cut from.
        const kept = detached(norm);
        factsByNorm.set(kept, facts = new WordFacts(kept, number));
    }
    return facts;
}
