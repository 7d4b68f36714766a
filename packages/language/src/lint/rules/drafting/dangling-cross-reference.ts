import type { AstNode } from 'langium';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { citationKey, contextualCitationKeys, resolveRelativeCitation, type CitableUnit } from '../../../structure/citations.js';
import { fragmentRange } from '../../prose-spans.js';
import type { Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

/** A citation written in plain prose, and where it sits in the fragment's text. */
interface Citation {
    text: string;
    start: number;
    end: number;
}

// One unit and its number: "section 12", "section 4(2)(a)", "subsection (3)", "Schedule 2",
// "paragraph 4", "Part 3", "article 5". Plurals ("sections 3 and 4") are not read.
const UNIT = String.raw`(?:sub-?section|section|sub-?paragraph|paragraph|schedule|part|chapter|article)`;
const MARK = String.raw`\((?:\d+[A-Z]{0,2}|[a-z]{1,6}|[A-Z]{1,3})\)`;
const NUMBER = String.raw`(?:\d+[A-Z]{0,2}(?:\s?${MARK})*|(?:${MARK})+)`;
// A second unit that places the first: "paragraph 3 of Schedule 1", "Schedule 1, paragraph 3".
const CITATION = new RegExp(String.raw`\b${UNIT}\s*${NUMBER}(?:(?:\s*,\s*|\s+(?:of|to)\s+)${UNIT}\s*${NUMBER})?(?![\w(])`, 'gi');

// "section 5 of the Localism Act 2011", "Schedule 2 to that Act", "paragraph 4 of the code":
// the citation points into another document, not this draft.
const ANOTHER_DOCUMENT_AFTER = /^\s*,?\s*(?:of|to)\s+(?!this\b)(?:that|the|those|an?\b|[A-Z0-9])/;
// "the Localism Act 2011, section 5"
const ANOTHER_DOCUMENT_BEFORE = /\b(?:Act|Regulations|Order|Rules|Code|Convention|Treaty)(?:\s+(?:of\s+)?\d{4})?\s*,?\s*$/;

function bracketedSpans(text: string): Array<{ start: number; end: number }> {
    return [...text.matchAll(/\[[^[\]\n]*\]/g)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));
}

/** Citations in unbracketed prose that point into this draft. Bracketed ones are the language's to check. */
function plainCitations(text: string): Citation[] {
    const brackets = bracketedSpans(text);
    const found: Citation[] = [];
    for (const match of text.matchAll(CITATION)) {
        const start = match.index!;
        const end = start + match[0].length;
        if (brackets.some((bracket) => start < bracket.end && bracket.start < end)) continue;
        if (ANOTHER_DOCUMENT_AFTER.test(text.slice(end)) || ANOTHER_DOCUMENT_BEFORE.test(text.slice(0, start))) continue;
        found.push({ text: match[0], start, end });
    }
    return found;
}

/** The keys a citation may stand for, where it is written: as it is, relative to its section, or within its schedule or part. */
function candidateKeys(citation: string, from: AstNode): string[] {
    const [first] = citation.split(/\s*,\s*|\s+(?:of|to)\s+/i);
    const keys = [resolveRelativeCitation(citation, from), citationKey(citation), ...contextualCitationKeys(citation, from)];
    // "section 3 of Part 2": sections are numbered through the whole instrument.
    if (first !== citation) keys.push(citationKey(first), ...contextualCitationKeys(first, from));
    return keys.filter((key): key is string => key !== undefined);
}

/**
 * "subsection (7)" or "paragraph (b)" may point at a division written inside the same prose: a
 * pasted provision that numbers its own subsections ("(1) Any person may ... (7) The authority
 * must ..."), or an (a), (b) list. Such a marker counts when it is not itself part of a citation.
 */
function namesOwnDivision(text: string, citation: string): boolean {
    if (!/^(?:sub-?)?(?:section|paragraph)\s*\(/i.test(citation)) return false;
    const mark = citation.match(/\([^)]+\)/g)!.at(-1)!;
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
        if (!CITING_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
    }
    return false;
}

// The words just before a marker that make it part of a citation: "subsection ", "section 4", "paragraphs (a) and ".
const CITING_BEFORE = /\b(?:sub-?)?(?:sections?|paragraphs?|articles?)\s*[\w()]*(?:\s*(?:,|and|or|to)\s*[\w()]*)*\s*$/i;

function checkFragment(context: RuleContext, fragment: ProseFragment, citations: Map<string, CitableUnit[]>): void {
    for (const citation of plainCitations(fragment.text)) {
        if (candidateKeys(citation.text, fragment.node).some((key) => citations.has(key))) continue;
        if (namesOwnDivision(fragment.text, citation.text)) continue;
        context.report({
            node: fragment.node,
            range: fragmentRange(context.document, fragment, citation),
            messageId: 'no-such-provision',
            data: { citation: citation.text }
        });
    }
}

export const danglingCrossReference: Rule = {
    meta: {
        id: 'drafting/dangling-cross-reference',
        pack: 'drafting',
        defaultSeverity: 'warning',
        description: 'Prose cites a section, subsection, paragraph, Part or Schedule of the draft that does not exist.',
        rationale: 'A cross-reference that points nowhere leaves a reader unable to find the condition, the power or the '
            + 'right it was meant to bring in, and after renumbering it quietly points at the wrong thing. References written '
            + 'in brackets are checked by the language itself; this rule reads the ones written in plain words. A citation '
            + 'followed by "of the ... Act" or "of that Act" is taken to mean other legislation and is left alone.',
        sources: [Sources.draftingGuidance('Cross-references: make sure every reference points at a provision that exists, and check them after renumbering.')],
        examples: {
            bad: [
                { code: 'section 1 {\n  (1) "The [council] must publish a plan."\n  (2) "A plan under subsection (3) must be reviewed every year, as set out in section 12."\n}' }
            ],
            good: [
                { code: 'section 1 {\n  (1) "The [council] must publish a plan."\n  (2) "A plan under subsection (1) must be reviewed under section 2, and section 5 of the Localism Act 2011 applies to it."\n}\nsection 2 {\n  "The [council] must review each plan every year."\n}' }
            ]
        },
        messages: {
            'no-such-provision': '"{{citation}}" does not match any provision of this draft. Correct the number, or, if it means another Act, '
                + 'name the Act ("{{citation}} of the Localism Act 2011"). Writing it in brackets, [{{citation}}], lets the tools keep it checked.'
        }
    },
    create(context) {
        const citations = context.services.references.ProseReferences.visibleCitations(context.document);
        return { prose: (fragment) => checkFragment(context, fragment, citations) };
    }
};
