import type { LangiumDocument } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import { isActor, type Actor as DeclaredActor, type ActorKind as DeclaredActorKind } from '../generated/ast.js';
import { nameVariants, normaliseName } from '../names.js';
import { LEXICONS, type Actor, type Party, type Proposition } from '../prose/index.js';
import type { CommonsScopeProvider } from '../references/commons-scope-provider.js';
import { isCentralPhrase } from './parties.js';

/**
 * Readings of a statement that the drafting and pluralist rules share: whether its acting party
 * is a person or body (someone who can carry a duty), whether it is plural, whether it is central
 * government, and whether a passive verb declares what something is rather than requiring an act.
 */

// The actors lexicon lists documents ("the report", "the plan", "regulations") under "other" so
// that they can stand as a subject; they are things, not parties who can act. They share one
// group in actors.yaml, and so one explanation, which is how they are told apart from persons.
const DOCUMENT_WHY = LEXICONS.actors.entries.find((entry) => entry.phrase === 'report')?.why;
const DOCUMENT_ENTRIES = new Set(LEXICONS.actors.entries.filter((entry) => entry.why !== undefined && entry.why === DOCUMENT_WHY));

const DETERMINERS = /^(?:the|a|an|any|each|every|that|this|such)\s+/i;

function isPersonParty(party: Party): boolean {
    return party.kind !== 'other' || !DOCUMENT_ENTRIES.has(party.entry);
}

/** The actor a pronoun stands for, or the actor itself. */
export function referent(actor: Actor): Actor {
    return actor.antecedent ?? actor;
}

/** The declared actor or term a phrase of prose names, if the draft declares one by that name. */
export function declarationNamed(services: CommonsServices, document: LangiumDocument, phrase: string) {
    const symbols = (services.references.ScopeProvider as CommonsScopeProvider).getSymbolTable(document);
    const bare = phrase.replace(/[[\]]/g, '').trim().replace(DETERMINERS, '');
    for (const variant of nameVariants(bare)) {
        const description = symbols.get(variant);
        if (description) return description;
    }
    return undefined;
}

/** The actor the draft declares under the name a phrase uses ("the [department]"), if any. */
export function declaredActor(services: CommonsServices, document: LangiumDocument, phrase: string): DeclaredActor | undefined {
    const description = declarationNamed(services, document, phrase);
    if (description?.type !== 'Actor') return undefined;
    const owner = services.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
    const node = description.node ?? (owner && services.workspace.AstNodeLocator.getAstNode(owner.parseResult.value, description.path));
    return isActor(node) ? node : undefined;
}

/**
 * A phrase of prose as a message should name it: the label of the declared actor it names ("the
 * [minister]" reads as "the Secretary of State"), otherwise its own words, brackets removed.
 */
export function phraseWords(phrase: string, services: CommonsServices, document: LangiumDocument): string {
    const words = phrase.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
    // Only a bare name takes the label: "each [council]" keeps its "each", "councils" its plural.
    const name = words.replace(/^the\s+/i, '');
    const declared = declaredActor(services, document, name);
    return declared?.label && normaliseName(name) === normaliseName(declared.name) ? declared.label : words;
}

/** The acting party of a statement as a message should name it (see phraseWords). */
export function partyWords(actor: Actor, services: CommonsServices, document: LangiumDocument): string | undefined {
    const phrase = referent(actor).phrase?.text;
    const words = phrase && phraseWords(phrase, services, document);
    return words ? words.replace(/^(The|A|An|Each|Every|Any|This|That|These|Those|Such)\b/, (word) => word.toLowerCase()) : undefined;
}

/** The words of a noun phrase before anything that qualifies it ("The Director" of "The Director of the Office of ..."). */
function headRegion(phrase: string): string {
    return phrase.replace(/[[\]]/g, '').trim().split(/,|\(|\s(?:of|for|in|to|who|which|that|under|with|on|at|by|from)\s/i)[0].trim();
}

/**
 * The head noun of a noun phrase: its last word before any "of", "under", "who", comma or other
 * words that qualify it. "Payments under subsection (1)" has the head "payments", "The Secretary
 * of State" the head "secretary", "Such Federal Government priority goals" the head "goals".
 */
export function headNoun(phrase: string): string | undefined {
    return headRegion(phrase).split(/\s+/).at(-1)?.toLowerCase() || undefined;
}

/**
 * True when a statement's acting party is a person or body that can carry a duty ("the council",
 * "an applicant", "he" standing for the Secretary of State), rather than a thing ("the plan",
 * "notice", "nothing in this section", "Federal Government priority goals") or no one. The party
 * must be the head of the phrase, not a word that only describes it.
 */
export function namesAPerson(actor: Actor, services: CommonsServices, document: LangiumDocument): boolean {
    const who = referent(actor);
    if (!who.phrase) return false;
    const head = headNoun(who.phrase.text);
    const isHead = (party: Party) => head === undefined || party.phrase.text.toLowerCase().split(/[\s[\]]+/).includes(head);
    if (who.parties.some((party) => isPersonParty(party) && isHead(party))) return true;
    return declarationNamed(services, document, who.phrase.text)?.type === 'Actor';
}

const SINGULAR_PRONOUNS = new Set(['it', 'he', 'she', 'this', 'that', 'each', 'every', 'any', 'either', 'neither', 'nothing', 'no one', 'everyone', 'anyone']);
const PLURAL_WORDS = new Set(['they', 'we', 'people', 'persons', 'children', 'both']);

/**
 * Whether a subject is plural, for choosing "is" or "are"; undefined when the reader cannot
 * tell, so that no fix guesses. The head noun is the last word before any "of", "under", "who",
 * comma or other words that qualify it: "Payments under subsection (1)" is plural,
 * "The Secretary of State" singular.
 */
export function isPlural(actor: Actor): boolean | undefined {
    const phrase = referent(actor).phrase?.text.replace(/[[\]]/g, '').trim();
    const head = phrase && headNoun(phrase);
    if (!phrase || !head) return undefined;
    if (/\band\b/i.test(headRegion(phrase)) || PLURAL_WORDS.has(head)) return true;
    if (SINGULAR_PRONOUNS.has(head) || /^(?:each|every|any)\b/i.test(phrase)) return false;
    if (/(?:ss|us|is)$/.test(head)) return false;
    return /s$/.test(head);
}

/** Words that name central government in a draft's prose. */
const CENTRAL_KINDS: ReadonlySet<DeclaredActorKind> = new Set<DeclaredActorKind>(['minister', 'department', 'treasury']);

/**
 * True when a phrase names central government: the Secretary of State, a minister, a government
 * department or the Treasury, written out or as an actor the draft declares with such a kind.
 * A council, a forum or a regulator is not central.
 */
export function namesCentralGovernment(services: CommonsServices, document: LangiumDocument, phrase: string): boolean {
    const actor = declaredActor(services, document, phrase);
    if (actor) return CENTRAL_KINDS.has(actor.kind);
    return isCentralPhrase(phrase);
}

/** Verbs that, in the passive, classify or name a thing ("is to be treated as", "shall be called"). */
const DECLARATORY_VERBS = new Set(['call', 'know', 'name', 'deem', 'treat', 'regard', 'construe', 'cite', 'refer']);
/** Verbs that classify only when followed by "as" or "to be": "is to be taken as having", "shall be considered to be". */
const CLASSIFYING_VERBS = new Set(['take', 'consider', 'hold', 'presume', 'assume']);

/**
 * True when a passive statement declares what something is, is called or is treated as, rather
 * than requiring anyone to act: "The fund shall be called ...", "The community are to be taken
 * as having given approval", "The functions shall be considered to be governmental functions".
 */
export function isDeclaratoryPassive(proposition: Proposition): boolean {
    const verb = proposition.verb;
    if (!proposition.passive || !verb) return false;
    if (DECLARATORY_VERBS.has(verb.lemma)) return true;
    return CLASSIFYING_VERBS.has(verb.lemma) && /^(?:as|to be|to have)\b/i.test(proposition.object?.text ?? '');
}
