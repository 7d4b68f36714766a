import { analyseProse, type LexiconMatch, type Proposition, type ProseAnalysis } from '../../../prose/index.js';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { isDeclaratoryPassive, isPlural, namesAPerson, partyWords } from '../../prose-statements.js';
import { fragmentRange, inCaseOf, replaceSpan } from '../../prose-spans.js';
import { quotable } from '../../messages.js';
import type { Fix, Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

/** What a "shall" means here: which message explains it, and a replacement when only one fits. */
interface Reading {
    messageId: string;
    data?: Record<string, string>;
    replacement?: string;
}

/** Every message opens by saying why "shall" goes; what follows says what to write instead. */
const WHY = '"{{words}}" is no longer used in UK drafting because it can mean a duty, a power, a fact or the future.';

const MESSAGES = {
    duty: `${WHY} It places a duty on {{subject}}, so write "must".`,
    power: `${WHY} It gives a power, so write "may".`,
    prohibition: `${WHY} It forbids {{subject}} to act, so write "must not" (or "may not" where the words take away a power).`,
    'prohibition-unnamed': `${WHY} Write "must not" for a prohibition, or "may not" where the words take away a power, and name who must not act.`,
    deeming: `${WHY} It is a deeming provision: write "{{form}}".`,
    'deeming-rephrase': `${WHY} It is a deeming provision: write "is to be treated as" and rephrase what follows ("is to be treated as having been given").`,
    entitlement: `${WHY} It gives {{subject}} a right, so use the present tense: "is entitled to" or "has the right to".`,
    declaratory: `${WHY} It is a statement about {{subject}}, not a duty on anyone, so use the present tense ("{{form}}").`,
    'passive-with-agent': `${WHY} It sets a duty in the passive: write "must be".`,
    passive: `${WHY} It sets a duty in the passive: write "must be", and better still name who must act ("The council must ...").`,
    statement: `${WHY} It is a statement about {{subject}}: use the present tense ("{{form}}"), or "must be" if it sets a condition that someone must meet.`,
    fact: `${WHY} It is a statement about {{subject}}, not a duty on a person: use the present tense ("comes into force", "applies"), or "must" if it sets a requirement.`,
    'negative-subject': `${WHY} The negative sits in the subject: write "may" ("No person may ...") or turn it round ("A person must not ..."); `
        + 'for a thing, use the present tense ("Nothing in this section prevents ...").',
    unread: `${WHY} Write "must" for a duty on a person, "may" for a power, or the present tense for a statement of fact.`
};

function propositionAt(analysis: ProseAnalysis, match: LexiconMatch<'drafting'>): Proposition | undefined {
    return analysis.propositions.find((proposition) => proposition.modal?.span.start === match.span.start);
}

/** Who or what a statement is about, as a message names it: "the Secretary of State", "the fund". */
function subjectOf(context: RuleContext, proposition: Proposition | undefined): string {
    return (proposition && partyWords(proposition.actor, context.services, context.document)) ?? 'the subject';
}

/** "is" or "are" to agree with the subject, or undefined when its number cannot be told. */
function agreeing(proposition: Proposition | undefined, singular: string, plural: string): string | undefined {
    const plurality = proposition && isPlural(proposition.actor);
    return plurality === undefined ? undefined : plurality ? plural : singular;
}

function readPower(): Reading {
    return { messageId: 'power', replacement: 'may' };
}

function readDeeming(words: string, proposition: Proposition | undefined): Reading {
    if (words.endsWith(' to')) return { messageId: 'deeming-rephrase' };
    const replacement = agreeing(proposition, 'is to be treated as', 'are to be treated as');
    return { messageId: 'deeming', data: { form: replacement ?? 'is to be treated as' }, ...(replacement ? { replacement } : {}) };
}

function readEntitlement(context: RuleContext, words: string, proposition: Proposition | undefined): Reading {
    const replacement = words.includes('right')
        ? agreeing(proposition, 'has the right to', 'have the right to')
        : agreeing(proposition, 'is entitled to', 'are entitled to');
    return { messageId: 'entitlement', data: { subject: subjectOf(context, proposition) }, ...(replacement ? { replacement } : {}) };
}

function readProhibition(context: RuleContext, proposition: Proposition | undefined): Reading {
    if (proposition && !proposition.passive && namesAPerson(proposition.actor, context.services, context.document)) {
        return { messageId: 'prohibition', data: { subject: subjectOf(context, proposition) }, replacement: 'must not' };
    }
    return { messageId: 'prohibition-unnamed' };
}

function readShallBe(context: RuleContext, proposition: Proposition | undefined): Reading {
    const verb = proposition?.verb;
    const isOrAre = agreeing(proposition, 'is', 'are') ?? 'is';
    if (verb && proposition && isDeclaratoryPassive(proposition)) {
        return { messageId: 'declaratory', data: { subject: subjectOf(context, proposition), form: `${isOrAre} ${verb.text}` } };
    }
    if (verb?.passive) return { messageId: verb.agent || proposition?.agent ? 'passive-with-agent' : 'passive' };
    return { messageId: 'statement', data: { subject: subjectOf(context, proposition), form: isOrAre } };
}

function readDuty(context: RuleContext, proposition: Proposition | undefined): Reading {
    if (!proposition) return { messageId: 'unread' };
    // "No person shall ..." or "Nothing ... shall ...": the negative is in the subject, so "must" would change the meaning.
    if (proposition.negation && proposition.modal && proposition.negation.cue.span.start < proposition.modal.span.start) {
        return { messageId: 'negative-subject' };
    }
    if (namesAPerson(proposition.actor, context.services, context.document)) {
        return { messageId: 'duty', data: { subject: subjectOf(context, proposition) }, replacement: 'must' };
    }
    return { messageId: 'fact', data: { subject: subjectOf(context, proposition) } };
}

function readingOf(context: RuleContext, analysis: ProseAnalysis, match: LexiconMatch<'drafting'>): Reading {
    const words = match.text.toLowerCase().replace(/\s+/g, ' ');
    const proposition = propositionAt(analysis, match);
    if (/^shall have (?:the )?power to$/.test(words)) return readPower();
    if (words.startsWith('shall be deemed')) return readDeeming(words, proposition);
    if (words === 'shall be entitled to' || words === 'shall have the right to') return readEntitlement(context, words, proposition);
    if (words === 'shall not') return readProhibition(context, proposition);
    if (words === 'shall be') return readShallBe(context, proposition);
    return readDuty(context, proposition);
}

function checkFragment(context: RuleContext, fragment: ProseFragment): void {
    const analysis = analyseProse(fragment.text);
    for (const match of analysis.matches('drafting', 'archaic-modal')) {
        const reading = readingOf(context, analysis, match);
        const fixes: Fix[] = reading.replacement === undefined ? [] : [{
            title: `Replace "${match.text}" with "${inCaseOf(match.text, reading.replacement)}"`,
            edits: [replaceSpan(context.document, fragment, match.span, inCaseOf(match.text, reading.replacement))]
        }];
        context.report({
            node: fragment.node,
            range: fragmentRange(context.document, fragment, match.span),
            messageId: reading.messageId,
            data: { ...reading.data, words: quotable(match.text) },
            fixes
        });
    }
}

export const shall: Rule = {
    meta: {
        id: 'drafting/shall',
        pack: 'drafting',
        defaultSeverity: 'warning',
        description: 'Prose uses "shall", which modern UK drafting replaces with a word that says what is meant.',
        rationale: '"Shall" is ambiguous: it can impose a duty, grant a power, state a fact or predict the future, and readers '
            + 'outside the law often take it as the future tense. UK parliamentary counsel stopped using it in favour of '
            + '"must" for duties, "may" for powers and the present tense for statements, so that each provision says plainly '
            + 'who has to do what.',
        sources: [Sources.draftingGuidance('"Shall": use "must" for a duty, "may" for a power, and the present tense for declaratory provisions.')],
        fix: 'Where only one replacement fits, replaces the words and nothing else: "shall" with "must" for a duty on a named person or body, '
            + '"shall not" with "must not" for a prohibition on one, "shall have power to" with "may", "shall be deemed" with "is to be treated as", '
            + 'and "shall be entitled to" with "is entitled to", keeping the capital letter.',
        examples: {
            bad: [
                { code: 'section 1 {\n  (1) "The [council] shall publish a plan."\n  (2) "The fund shall be called the Local Fund."\n}' }
            ],
            good: [
                { code: 'section 1 {\n  (1) "The [council] must publish a plan."\n  (2) "The fund is called the Local Fund."\n}' }
            ]
        },
        messages: MESSAGES
    },
    create(context) {
        return { prose: (fragment) => checkFragment(context, fragment) };
    }
};
