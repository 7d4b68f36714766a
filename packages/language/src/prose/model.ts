import type { ActorsCategory, LexiconEntry, ModalsCategory } from './lexicons.generated.js';
import type { Span, Token } from './tokens.js';
import type { CategoryOf, LexiconName } from './vocabulary.js';

/**
 * Words of the analysed text. `parts` are the contiguous pieces it was read from (a lead-in and
 * an item are two pieces); `span` covers them all; `text` joins the pieces with a space.
 */
export interface Phrase {
    readonly text: string;
    readonly span: Span;
    readonly parts: readonly Span[];
}

/** Which side an acting party is on. "mixed" when a compound subject names both sides. */
export type ActorKind = ActorsCategory | 'mixed' | 'none';

/** One actor named in a noun phrase, classified by the actors lexicon. */
export interface Party {
    readonly kind: ActorsCategory;
    readonly phrase: Phrase;
    readonly entry: LexiconEntry<ActorsCategory>;
}

/** Who acts: the subject of a statement, or the agent of a passive verb. */
export interface Actor {
    /** "none" when no one is named (a passive with no agent, or a subject the reader could not find). */
    readonly kind: ActorKind;
    /** The whole noun phrase as written, when there is one. */
    readonly phrase?: Phrase;
    /** The actors the phrase names, head nouns only ("the council's proposal" names none). */
    readonly parties: readonly Party[];
    /** For a pronoun subject ("it must"), the actor it was taken to stand for. */
    readonly antecedent?: Actor;
}

export type ModalKind = ModalsCategory;

export interface Modal {
    /** The modal as written: "must", "shall not", "is to". */
    readonly text: string;
    readonly span: Span;
    readonly kind: ModalKind;
    readonly entry: LexiconEntry<ModalKind>;
}

export interface Verb {
    /** Dictionary form: "approve" for "approved", "hold" for "held"; a phrasal verb keeps its particle ("set out"). */
    readonly lemma: string;
    readonly text: string;
    readonly span: Span;
    readonly passive: boolean;
    /** The "by ..." agent of a passive verb, when named. */
    readonly agent?: Actor;
}

/** A negated stretch of text: from a cue ("not", "no", "nothing", "without") to the end of its clause. */
export interface Negation {
    readonly cue: Phrase;
    /** From the cue to the end of the scope (covering the gap when a lead-in joins an item). */
    readonly span: Span;
    /** "clause" for not/no/never..., "phrase" for without/rather than/instead of. */
    readonly reach: 'clause' | 'phrase';
    /** True when the refusal is of exclusive use only: "not ... solely", "not ... alone". */
    readonly exclusive: boolean;
}

/** One legal statement: who, modal, negation, verb(s), object, and the qualifiers that weaken it. */
export interface Proposition {
    /** Index into `ProseAnalysis.sentences`. */
    readonly sentence: number;
    /** Index into that sentence's `items`, for a statement read through a list item. */
    readonly item?: number;
    /** From the subject (or the modal, when there is none) to the end of the statement. */
    readonly span: Span;
    readonly actor: Actor;
    /** Undefined for a plain statement with no modal ("The council decides ..."). */
    readonly modal?: Modal;
    readonly negation?: Negation;
    /** The main verb and any verbs coordinated with it ("may approve or reject"). */
    readonly verbs: readonly Verb[];
    /** The first of `verbs`. */
    readonly verb?: Verb;
    /** True when the main verb is passive ("must be prepared"). */
    readonly passive: boolean;
    /** The agent of the main verb when passive and named ("by the council"). */
    readonly agent?: Actor;
    /** What follows the verb(s), up to the end of the statement. */
    readonly object?: Phrase;
    /** Duty-weakening phrases inside the statement ("as it considers appropriate"). */
    readonly qualifiers: readonly LexiconMatch<'qualifiers'>[];
}

/** A phrase of a lexicon found in the text. */
export interface LexiconMatch<N extends LexiconName = LexiconName> {
    readonly lexicon: N;
    readonly category: CategoryOf<N>;
    readonly entry: LexiconEntry<CategoryOf<N>>;
    readonly span: Span;
    readonly text: string;
    /** Index into `ProseAnalysis.sentences`. */
    readonly sentence: number;
    /** True inside a negated scope, for entries that respect negation; always false otherwise. */
    readonly negated: boolean;
    /** The scope that negates the match, when `negated`. */
    readonly negation?: Negation;
}

/** A list item: "(a) consult residents;" with the words that introduce it. */
export interface ListItem {
    readonly marker: string;
    readonly markerSpan: Span;
    /** The item's own words, without its marker or a trailing "; and". */
    readonly span: Span;
    /** 1 for the outermost list. */
    readonly depth: number;
    /** Index of the enclosing item in the same sentence's `items`. */
    readonly parent?: number;
    /** False for an item that introduces a nested list. */
    readonly leaf: boolean;
    /** The words that introduce the item, markers left out ("The authority must"). */
    readonly leadIn?: Phrase;
    /** Words and numbers in `leadIn`. */
    readonly leadInWordCount: number;
    /** Words and numbers in the item's own words. */
    readonly wordCount: number;
}

export interface Sentence {
    readonly span: Span;
    readonly text: string;
    /** Words and numbers, list markers not counted. */
    readonly wordCount: number;
    /** The words before the first list item, when the sentence has a list. */
    readonly leadIn?: Phrase;
    readonly items: readonly ListItem[];
}

/** Everything the prose layer reads from one piece of text. Offsets are into `text`. */
export interface ProseAnalysis {
    readonly text: string;
    readonly tokens: readonly Token[];
    readonly sentences: readonly Sentence[];
    readonly propositions: readonly Proposition[];
    readonly negations: readonly Negation[];
    /** Every phrase of a lexicon (optionally one category of it), leftmost-longest, computed once per lexicon. */
    matches<N extends LexiconName>(lexicon: N, category?: CategoryOf<N>): readonly LexiconMatch<N>[];
}
