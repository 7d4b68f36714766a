import { analyseProse, type ProseAnalysis, type Span } from '../../../prose/index.js';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { namesCentralGovernment, phraseWords } from '../../prose-statements.js';
import { fragmentRange } from '../../prose-spans.js';
import { quotable } from '../../messages.js';
import type { Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

/** A phrase that hands the shape of something to someone, and the words naming who. */
interface Specification {
    span: Span;
    specifier: string;
}

// The words after "by" that name who specifies: up to the first punctuation or a word that
// starts a new phrase ("by the Secretary of State under section 5" names the Secretary of State).
const SPECIFIER_AFTER = /^\s+((?:[\w'’\-[\]]+\s*){1,8}?)(?=\s*(?:[,;:.()—–]|$|\b(?:under|and|or|in|for|within|after|before|on|at|to|with|which|who|that|from|if|unless|where|when|no later|not later)\b))/i;

// "as the Secretary of State may direct", "as directed by the Minister": central direction of how
// something is done, written without the word "form".
const AS_SOMEONE_DIRECTS = /\bas\s+((?:the\s+)?[^,;:.()\n]{1,60}?)\s+(?:may\s+(?:from time to time\s+)?)?(?:direct|directs|specify|specifies|prescribe|prescribes)\b/gi;
const AS_DIRECTED_BY = /\bas\s+(?:directed|specified|prescribed)\s+by\s+/gi;

/** "in the form specified by X", "in such form as X may specify": from the uniformity lexicon. */
function formSpecifications(analysis: ProseAnalysis): Specification[] {
    const found: Specification[] = [];
    for (const match of analysis.matches('uniformity', 'uniform')) {
        if (match.negated || !/\bform\b/.test(match.entry.phrase)) continue;
        if (/\bby$/i.test(match.text)) {
            const after = SPECIFIER_AFTER.exec(analysis.text.slice(match.span.end));
            if (after) found.push({ span: { start: match.span.start, end: match.span.end + after[0].trimEnd().length }, specifier: after[1].trim() });
        } else {
            // "in such form as the Secretary of State may specify": the specifier is inside the phrase.
            const inside = /\bas\s+(.+?)\s+(?:may\s+)?\w+$/i.exec(match.text);
            const maker = inside && !/^may be$/i.test(inside[1]) ? inside[1] : madeBy(analysis, match.span.end);
            if (maker) found.push({ span: match.span, specifier: maker });
        }
        // "in the prescribed form" names no one, so there is nobody to judge central or local.
    }
    return found;
}

const REGULATIONS = 'regulations made by a minister';

/**
 * Who makes the form when the phrase does not say: "... is to be prescribed by the Secretary of
 * State", "... in regulations", or "prescribed" alone, which in legislation means prescribed by
 * regulations a minister makes.
 */
function madeBy(analysis: ProseAnalysis, from: number): string | undefined {
    const rest = analysis.text.slice(from, from + 160);
    // "by regulations made by the Secretary of State": the instrument is how, the second "by" names who.
    const named = [...rest.matchAll(/\bby\s+((?:the\s+)?[^,;:.()]{2,60}?)(?=\s*(?:[,;:.()]|$|\b(?:in|under|by|and|or)\b))/gi)]
        .find((candidate) => !isInstrument(analysis, from + candidate.index! + candidate[0].indexOf(candidate[1])));
    if (named) return named[1].trim();
    const sentence = analysis.sentences.find((candidate) => candidate.span.start <= from && candidate.span.end >= from);
    if (!sentence) return undefined;
    const ruleMade = analysis.matches('framing', 'rule-making').some((match) => match.span.start >= sentence.span.start && match.span.end <= sentence.span.end);
    return ruleMade || /\bprescribed\b/i.test(sentence.text) ? REGULATIONS : undefined;
}

/** True when the words at an offset open an instrument of law-making ("regulations made"), which names no one. */
function isInstrument(analysis: ProseAnalysis, offset: number): boolean {
    return analysis.matches('framing', 'rule-making').some((match) => match.span.start <= offset && offset < match.span.end + 1)
        || /^(regulations|an? order|rules|byelaws|bylaws)\b/i.test(analysis.text.slice(offset, offset + 20));
}

/** "as the Secretary of State may direct", "as directed by the department". */
function directions(analysis: ProseAnalysis): Specification[] {
    const found: Specification[] = [];
    for (const match of analysis.text.matchAll(AS_SOMEONE_DIRECTS)) {
        found.push({ span: { start: match.index!, end: match.index! + match[0].length }, specifier: match[1] });
    }
    for (const match of analysis.text.matchAll(AS_DIRECTED_BY)) {
        const after = SPECIFIER_AFTER.exec(analysis.text.slice(match.index! + match[0].length - 1));
        if (after) found.push({ span: { start: match.index!, end: match.index! + match[0].length - 1 + after[0].trimEnd().length }, specifier: after[1].trim() });
    }
    return found.filter((specification) => !negated(analysis, specification.span));
}

/** Regulations and orders are made by ministers: a form they prescribe is set centrally. */
function isDelegatedLegislation(specifier: string): boolean {
    return analyseProse(specifier).matches('framing', 'rule-making').length > 0;
}

function negated(analysis: ProseAnalysis, span: Span): boolean {
    return analysis.negations.some((negation) => negation.span.start <= span.start && negation.span.end >= span.end);
}

function overlaps(first: Span, second: Span): boolean {
    return first.start < second.end && second.start < first.end;
}

function checkFragment(context: RuleContext, fragment: ProseFragment): void {
    const analysis = analyseProse(fragment.text);
    const taken: Span[] = [];
    for (const specification of [...formSpecifications(analysis), ...directions(analysis)]) {
        if (taken.some((span) => overlaps(span, specification.span))) continue;
        if (!namesCentralGovernment(context.services, context.document, specification.specifier) && !isDelegatedLegislation(specification.specifier)) continue;
        taken.push(specification.span);
        const who = phraseWords(specification.specifier, context.services, context.document);
        context.report({
            node: fragment.node,
            range: fragmentRange(context.document, fragment, specification.span),
            messageId: 'central-form',
            data: { words: quotable(analysis.text.slice(specification.span.start, specification.span.end)), specifier: who }
        });
    }
}

export const centrallySpecifiedForm: Rule = {
    meta: {
        id: 'pluralist/centrally-specified-form',
        pack: 'pluralist',
        shift: 'pluralist',
        defaultSeverity: 'warning',
        description: 'The form or manner of something that could be set locally is left to the Secretary of State, a minister, a department or the Treasury.',
        rationale: '"In the form specified by the Secretary of State" and "as the Minister may direct" are routine drafting, but '
            + 'each one moves a local choice to Whitehall: every area ends up with the same form, designed far from the people '
            + 'who fill it in. New Local\'s first shift asks for practice shaped by people and place. The rule is flagged only '
            + 'when the one who specifies is central government; "in the form the forum decides" is local design.',
        sources: [
            Sources.communityPower('First shift: from a standard template imposed on all areas to local variation and local design.'),
            Sources.communityPower('Fourth shift: from central approval and direction by ministers to decisions held locally.')
        ],
        examples: {
            bad: [
                { code: 'section 1 {\n  (1) "Each [council] must submit a plan in the form specified by the Secretary of State."\n}' },
                { code: 'section 1 {\n  (1) "The [council] must report on its spending as the Secretary of State may direct."\n}' }
            ],
            good: [
                { code: 'section 1 {\n  (1) "The [forum] must publish its plan in the form the forum decides."\n}' },
                { code: 'section 1 {\n  (1) "Each [council] must submit a plan in the form specified by the neighbourhood forum."\n}', note: 'The form is set by the community body, not by central government.' }
            ]
        },
        messages: {
            'central-form': '"{{words}}" leaves {{specifier}} to decide how this is done in every area. '
                + 'How a plan, application or process is set out is best settled locally, by the people who will use it, so that it fits the place. '
                + 'Let the area decide (for example "in a form the neighbourhood forum decides"), or say that any national form is optional and written with communities.'
        }
    },
    create(context) {
        return { prose: (fragment) => checkFragment(context, fragment) };
    }
};
