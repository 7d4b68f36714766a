import { VERB_FORMS } from './lexicons.generated.js';
import type { Token } from './tokens.js';

/** Which inflections a word is of its lemma. A word can be several ("set", "held"). */
export interface VerbForm {
    readonly lemma: string;
    readonly base: boolean;
    readonly thirdPerson: boolean;
    readonly past: boolean;
    readonly participle: boolean;
    readonly gerund: boolean;
}

type Inflection = 'thirdPerson' | 'past' | 'participle' | 'gerund';
type MutableForm = { -readonly [K in keyof VerbForm]: VerbForm[K] };

interface VerbTables {
    /** Every known verb word; a word that is itself a lemma keeps that lemma ("wound", "lay"). */
    readonly forms: Map<string, MutableForm>;
    /** Past participles to their lemma, whatever else the word is ("wound" -> "wind"). */
    readonly participles: Map<string, string>;
}

let tables: VerbTables | undefined;

function verbTables(): VerbTables {
    return tables ??= decodeVerbForms(VERB_FORMS);
}

// Words read by rule rather than from the table ("co-designed", or not a verb at all), remembered
// because the same words recur in every clause and this is asked for most tokens. Capped so that
// unusual input cannot grow it without bound.
const ruleForms = new Map<string, VerbForm | null>();
const RULE_FORMS_LIMIT = 20_000;

/** What verb form a word is, or undefined for a word not known as a verb. */
export function verbForm(word: string): VerbForm | undefined {
    const remembered = ruleForms.get(word);
    if (remembered !== undefined) return remembered ?? undefined;
    const lower = word.toLowerCase();
    const form = verbTables().forms.get(lower) ?? regularForm(lower);
    if (ruleForms.size >= RULE_FORMS_LIMIT) ruleForms.clear();
    ruleForms.set(word, form ?? null);
    return form;
}

/** What verb form a token's word is (as `verbForm` of its norm), read once per word and kept in its facts. */
export function verbFormOf(token: Token): VerbForm | undefined {
    const facts = token.facts;
    let form = facts.verb;
    if (form === undefined) facts.verb = form = verbForm(facts.norm) ?? null;
    return form ?? undefined;
}

/**
 * The dictionary form of a verb: "approved" -> "approve", "held" -> "hold", "sought" -> "seek",
 * "summarising" -> "summarise". A word that is not a verb is returned lower-cased.
 */
export function lemmatize(word: string): string {
    return verbForm(word)?.lemma ?? word.toLowerCase();
}

/** The lemma of a past participle ("wound" -> "wind", "chosen" -> "choose"), or undefined. */
export function participleLemma(word: string): string | undefined {
    const lower = word.toLowerCase();
    const known = verbTables().participles.get(lower);
    if (known) return known;
    const regular = regularForm(lower);
    return regular?.participle ? regular.lemma : undefined;
}

// A word the table does not list may still be a regular inflection of a verb it does list
// ("co-designed"), or a participle of an unknown verb: "-ed" words are nearly always verbs in
// legal text, while "-ing" words are as often nouns ("nothing", "building") and are not guessed.
function regularForm(word: string): VerbForm | undefined {
    const forms = verbTables().forms;
    for (const [suffix, inflection, restore] of REGULAR_ENDINGS) {
        if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
        const stem = word.slice(0, -suffix.length);
        const lemma = restore(stem).find((candidate) => forms.get(candidate)?.base);
        if (lemma) return inflectionOf(lemma, inflection);
        if (inflection === 'participle' && word.length >= MIN_GUESSED_LENGTH) return inflectionOf(guessLemma(stem), inflection);
    }
    return undefined;
}

// Shorter words ending in "-ed" are too often nouns ("bed", "need") to guess at.
const MIN_GUESSED_LENGTH = 6;

const REGULAR_ENDINGS: readonly (readonly [string, Inflection, (stem: string) => string[]])[] = [
    ['ied', 'participle', (stem) => [`${stem}y`]],
    ['ies', 'thirdPerson', (stem) => [`${stem}y`]],
    ['ed', 'participle', (stem) => [stem, `${stem}e`, undouble(stem)]],
    ['ing', 'gerund', (stem) => [stem, `${stem}e`, undouble(stem)]],
    ['es', 'thirdPerson', (stem) => [stem, `${stem}e`]],
    ['s', 'thirdPerson', (stem) => [stem]]
];

function inflectionOf(lemma: string, inflection: Inflection): VerbForm {
    const form: MutableForm = { lemma, base: false, thirdPerson: false, past: false, participle: false, gerund: false };
    form[inflection] = true;
    if (inflection === 'participle') form.past = true;
    return form;
}

function undouble(stem: string): string {
    return /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

// English restores a silent "e" after these endings ("summaris-ed", "involv-ing", "produc-ed").
const SILENT_E_STEM = /(?:is|iz|ys|yz|[^aeious]s|v|c|g|[^aeiou]at|[^aeiou]ur|[bptdgk]l)$/;

function guessLemma(stem: string): string {
    if (/([b-df-hj-np-rtv-z])\1$/.test(stem)) return stem.slice(0, -1);
    return SILENT_E_STEM.test(stem) ? `${stem}e` : stem;
}

// See verbFormTable in scripts/build-lexicons.mjs: "take:s,2ook,en,1ing" lists, against the
// lemma, the third person, past tense, past participle ("^" = same as past) and gerund; "-" is
// a form not known.
function decodeVerbForms(encoded: string): VerbTables {
    const forms = new Map<string, MutableForm>();
    const participles = new Map<string, string>();
    const entries = encoded.split(' ').map((entry) => entry.split(':'));
    for (const [lemma] of entries) forms.set(lemma, { lemma, base: true, thirdPerson: false, past: false, participle: false, gerund: false });
    for (const [lemma, codes] of entries) {
        const [third, past, participle, gerund] = codes.split(',');
        const pastForm = applyCode(lemma, past);
        const participleForm = participle === '^' ? pastForm : applyCode(lemma, participle);
        record(forms, applyCode(lemma, third), lemma, 'thirdPerson');
        record(forms, pastForm, lemma, 'past');
        record(forms, participleForm, lemma, 'participle');
        record(forms, applyCode(lemma, gerund), lemma, 'gerund');
        if (participleForm !== undefined && !participles.has(participleForm)) participles.set(participleForm, lemma);
    }
    return { forms, participles };
}

function applyCode(lemma: string, code: string): string | undefined {
    if (code === '-') return undefined;
    const [, dropped, added] = /^(\d*)(.*)$/.exec(code)!;
    return lemma.slice(0, lemma.length - Number(dropped || 0)) + added;
}

function record(forms: Map<string, MutableForm>, word: string | undefined, lemma: string, inflection: Inflection): void {
    if (word === undefined) return;
    let form = forms.get(word);
    if (!form) forms.set(word, form = { lemma, base: false, thirdPerson: false, past: false, participle: false, gerund: false });
    if (form.lemma === lemma) form[inflection] = true;
}
