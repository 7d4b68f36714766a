import { analyseProse, type LexiconMatch, type ProseAnalysis, type Token } from '../../../prose/index.js';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { namesAPerson, partyWords } from '../../prose-statements.js';
import { fragmentRange, inCaseOf, replaceSpan } from '../../prose-spans.js';
import { quotable } from '../../messages.js';
import type { Fix, Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

type PronounMatch = LexiconMatch<'drafting'>;

/** Words after "his" or "her" that make it part of a title ("Her Majesty's Treasury", "His Honour"), not a pronoun for an office-holder. */
const TITLE_WORDS = new Set(['majesty', 'royal', 'honour', 'excellency', 'grace', 'lordship', 'ladyship']);

/** Words showing that a sentence is about a particular man or woman, where a gendered pronoun is right. */
const GENDERED_PEOPLE = new Set([
    'woman', 'women', 'man', 'men', 'mother', 'mothers', 'father', 'fathers', 'wife', 'wives', 'husband', 'husbands',
    'widow', 'widows', 'widower', 'widowers', 'pregnant', 'pregnancy', 'maternity', 'paternity', 'girl', 'girls', 'boy', 'boys',
    'daughter', 'daughters', 'son', 'sons', 'sister', 'sisters', 'brother', 'brothers', 'king', 'queen'
]);

const MODALS = new Set(['may', 'must', 'shall', 'will', 'can', 'cannot', 'should', 'could', 'might', 'need']);

/**
 * The message for each kind of pronoun. Where the office-holder is named, the advice repeats the
 * noun ("the Secretary of State's"); the "-unnamed" messages are for a pronoun with no one named before it.
 */
const MESSAGES = {
    paired: '"{{words}}" still describes the office-holder by gender, and reads awkwardly. '
        + 'Write "they", "them", "their" or "themselves" (UK statutes use the singular "they"), or repeat the noun.',
    subject: '"{{words}}" assumes that {{holder}} is {{gender}}. Drafting is gender-neutral: write "they", or repeat the noun ("{{holder}}").',
    'subject-unnamed': '"{{words}}" assumes that whoever holds the office is {{gender}}. Drafting is gender-neutral: write "they", or repeat the noun.',
    object: '"{{words}}" assumes that {{holder}} is {{gender}}. Drafting is gender-neutral: write "them", or repeat the noun ("{{holder}}").',
    'object-unnamed': '"{{words}}" assumes that whoever holds the office is {{gender}}. Drafting is gender-neutral: write "them", or repeat the noun.',
    possessive: '"{{words}}" assumes that {{holder}} is {{gender}}. Drafting is gender-neutral: write "their", or repeat the noun ("{{holder}}\'s").',
    'possessive-unnamed': '"{{words}}" assumes that whoever holds the office is {{gender}}. Drafting is gender-neutral: write "their", or repeat the noun.',
    her: '"{{words}}" assumes that {{holder}} is a woman. Drafting is gender-neutral: write "their" or "them" as the sense requires, or repeat the noun ("{{holder}}").',
    'her-unnamed': '"{{words}}" assumes that whoever holds the office is a woman. Drafting is gender-neutral: write "their" or "them" as the sense requires, or repeat the noun.',
    hers: '"{{words}}" assumes that {{holder}} is a woman. Drafting is gender-neutral: write "theirs".',
    reflexive: '"{{words}}" assumes that {{holder}} is {{gender}}. Drafting is gender-neutral: write "themselves".'
};

/** Which message fits a single pronoun. */
function kindOf(word: string): 'subject' | 'object' | 'possessive' | 'her' | 'hers' | 'reflexive' {
    switch (word) {
        case 'he': case 'she': return 'subject';
        case 'him': return 'object';
        case 'his': return 'possessive';
        case 'her': return 'her';
        case 'hers': return 'hers';
        default: return 'reflexive';
    }
}

function tokenAfter(analysis: ProseAnalysis, match: PronounMatch): Token | undefined {
    return analysis.tokens.find((token) => token.start >= match.span.end);
}

function isTitle(analysis: ProseAnalysis, match: PronounMatch): boolean {
    const next = tokenAfter(analysis, match);
    return next !== undefined && TITLE_WORDS.has(next.norm);
}

function aboutAGenderedPerson(analysis: ProseAnalysis, match: PronounMatch): boolean {
    const sentence = analysis.sentences[match.sentence];
    return analysis.tokens.some((token) => token.start >= sentence.span.start && token.end <= sentence.span.end && GENDERED_PEOPLE.has(token.norm));
}

/**
 * The neutral words that can replace a pronoun without touching the rest of the sentence, or
 * undefined where the choice depends on grammar the rule cannot see: "he is" would need "they
 * are", and "her" may be "their" or "them".
 */
function safeReplacement(analysis: ProseAnalysis, match: PronounMatch): string | undefined {
    const words = match.text.toLowerCase().replace(/\s+/g, ' ');
    const next = tokenAfter(analysis, match);
    const beforeNoun = next !== undefined && next.kind === 'word' && !MODALS.has(next.norm);
    if (words === 'himself' || words === 'herself' || /^(?:himself or herself|herself or himself)$/.test(words)) return 'themselves';
    if ((words === 'his' || /^(?:his or her|her or his)$/.test(words)) && beforeNoun) return 'their';
    if (/^(?:him or her|her or him)$/.test(words)) return 'them';
    if (/^(?:he or she|she or he|he ?\/ ?she|s ?\/ ?he)$/.test(words) && next !== undefined && MODALS.has(next.norm)) return 'they';
    return undefined;
}

/** The office-holder a pronoun most likely stands for: the last person or body named before it. */
function officeHolder(context: RuleContext, analysis: ProseAnalysis, match: PronounMatch): string | undefined {
    const before = analysis.propositions.filter((proposition) => proposition.actor.phrase && proposition.actor.phrase.span.start <= match.span.start
        && namesAPerson(proposition.actor, context.services, context.document));
    const last = before.at(-1);
    const words = last && partyWords(last.actor, context.services, context.document);
    return words && words.toLowerCase() !== match.text.toLowerCase() ? words : undefined;
}

function messageFor(context: RuleContext, analysis: ProseAnalysis, match: PronounMatch): { messageId: string; data: Record<string, string> } {
    const words = quotable(match.text);
    if (match.category === 'paired-pronoun') return { messageId: 'paired', data: { words } };
    const word = match.text.toLowerCase();
    const gender = ['he', 'him', 'his', 'himself'].includes(word) ? 'a man' : 'a woman';
    const holder = officeHolder(context, analysis, match);
    const kind = kindOf(word);
    // "hers" and "themselves" do not repeat the noun, so they can name no one in particular.
    if (kind === 'hers' || kind === 'reflexive') return { messageId: kind, data: { words, gender, holder: holder ?? 'whoever holds the office' } };
    return holder ? { messageId: kind, data: { words, gender, holder } } : { messageId: `${kind}-unnamed`, data: { words, gender } };
}

function checkFragment(context: RuleContext, fragment: ProseFragment): void {
    const analysis = analyseProse(fragment.text);
    const pronouns = [...analysis.matches('drafting', 'gendered-pronoun'), ...analysis.matches('drafting', 'paired-pronoun')]
        .sort((a, b) => a.span.start - b.span.start);
    for (const match of pronouns) {
        if (isTitle(analysis, match) || aboutAGenderedPerson(analysis, match)) continue;
        const replacement = safeReplacement(analysis, match);
        const fixes: Fix[] = replacement === undefined ? [] : [{
            title: `Replace "${match.text}" with "${inCaseOf(match.text, replacement)}"`,
            edits: [replaceSpan(context.document, fragment, match.span, inCaseOf(match.text, replacement))]
        }];
        context.report({
            node: fragment.node,
            range: fragmentRange(context.document, fragment, match.span),
            ...messageFor(context, analysis, match),
            fixes
        });
    }
}

export const genderedPronoun: Rule = {
    meta: {
        id: 'drafting/gendered-pronoun',
        pack: 'drafting',
        defaultSeverity: 'warning',
        description: 'Prose refers to an office-holder or other person as "he", "she", "his", "her" and the like, or as "he or she".',
        rationale: 'Laws apply to whoever holds an office or falls within a description, whatever their gender. UK '
            + 'legislation has been drafted in gender-neutral terms since 2007, usually by repeating the noun or by using '
            + '"they". "He or she" is neutral only in part and makes sentences heavier. Titles such as "Her Majesty\'s '
            + 'Treasury" are not flagged, and nor is a sentence that is about a particular man or woman (a mother, a widow).',
        sources: [Sources.draftingGuidance('Gender-neutral drafting: repeat the noun, use "they", or restructure the sentence.')],
        fix: 'Where the grammar allows only one answer: "his" before a noun becomes "their", "himself" and "herself" become "themselves", '
            + '"him or her" becomes "them", and "he or she" before "may", "must" or another modal becomes "they". Other pronouns are explained, not changed.',
        examples: {
            bad: [
                { code: 'section 1 {\n  (1) "The [minister] must give reasons for his decision."\n  (2) "The chair must record the decision, and he or she must publish it."\n}' }
            ],
            good: [
                { code: 'section 1 {\n  (1) "The [minister] must give reasons for the decision."\n  (2) "Her Majesty\'s Treasury must publish the figures."\n}' }
            ]
        },
        messages: MESSAGES
    },
    create(context) {
        return { prose: (fragment) => checkFragment(context, fragment) };
    }
};
