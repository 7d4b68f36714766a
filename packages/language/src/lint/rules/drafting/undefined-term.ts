import type { ProseFragment } from '../../../references/prose-fragments.js';
import { declarationNamed } from '../../prose-statements.js';
import { fragmentRange } from '../../prose-spans.js';
import type { Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

/** A term defined in passing inside prose, and the span of its quoted label. */
interface InlineDefinition {
    term: string;
    start: number;
    end: number;
}

// A quoted label: in double quotes (which may hold an apostrophe, “residents’ panel”), or in
// single quotes that do not start inside a word (so "the council's" is not an opening quote).
const LABEL = String.raw`(?:["“]([^"“”\n]{1,80})["”]|(?<![\p{L}\p{N}])[‘']([^‘’'\n]{1,80})[’'](?!\p{L}))`;
// “relevant body” means / includes / has the meaning given by ...
const MEANS = new RegExp(String.raw`${LABEL}\s+(?:means|includes|has\s+the\s+(?:same\s+)?meaning)\b`, 'gu');
// ... (a “qualifying body”) / ("the Fund"): a label attached to the words before it.
const LABEL_IN_BRACKETS = new RegExp(String.raw`\(\s*(?:(?:a|an|the)\s+)?${LABEL}\s*\)`, 'giu');

function inlineDefinitions(text: string): InlineDefinition[] {
    const found: InlineDefinition[] = [];
    for (const pattern of [MEANS, LABEL_IN_BRACKETS]) {
        for (const match of text.matchAll(pattern)) {
            const label = match[1] ?? match[2];
            const quoteAt = match.index! + match[0].indexOf(label) - 1;
            found.push({ term: label.trim(), start: quoteAt, end: quoteAt + label.length + 2 });
        }
    }
    return found.sort((a, b) => a.start - b.start);
}

/** A label written with its article ("the Fund") is declared as the bare noun or as written. */
function isDeclared(context: RuleContext, term: string): boolean {
    return declarationNamed(context.services, context.document, term) !== undefined
        || declarationNamed(context.services, context.document, term.replace(/^(?:the|a|an)\s+/i, '')) !== undefined;
}

function checkFragment(context: RuleContext, fragment: ProseFragment): void {
    for (const definition of inlineDefinitions(fragment.text)) {
        if (isDeclared(context, definition.term)) continue;
        context.report({
            node: fragment.node,
            range: fragmentRange(context.document, fragment, definition),
            messageId: 'defined-in-passing',
            data: { term: definition.term }
        });
    }
}

export const undefinedTerm: Rule = {
    meta: {
        id: 'drafting/undefined-term',
        pack: 'drafting',
        defaultSeverity: 'info',
        description: 'Prose defines a term in passing ("relevant body" means ..., or a "qualifying body" in brackets) that is not declared as a definition.',
        rationale: 'Every term used as defined should be defined where readers look for definitions. A definition tucked into '
            + 'a sentence is easily missed, cannot be checked for use, and may quietly differ from a declared definition of '
            + 'the same words elsewhere. Declaring it lets every reference to it be checked. A label that the draft already '
            + 'declares, as a definition or as an actor, is not flagged.',
        sources: [Sources.draftingGuidance('Definitions: put them where readers expect them, and define every term that is used as defined.')],
        examples: {
            bad: [
                { code: 'section 1 {\n  (1) "In this section \\"relevant service\\" means a service provided to the public."\n  (2) "The [council] must fund any community group (a \\"qualifying group\\") that asks for support."\n}' }
            ],
            good: [
                {
                    code: 'section 1 {\n  "relevant service" means "a service provided to the public"\n  (1) "The [council] must list each [relevant service]."\n}',
                    note: 'The term is declared as a definition and referred to in brackets.'
                }
            ]
        },
        messages: {
            'defined-in-passing': '"{{term}}" is defined in passing inside the text, so readers and the tools cannot find the definition or check where it is used. '
                + 'Declare it on its own line, "{{term}}" means "...", and refer to it as [{{term}}].'
        }
    },
    create(context) {
        return { prose: (fragment) => checkFragment(context, fragment) };
    }
};
