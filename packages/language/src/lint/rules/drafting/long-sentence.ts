import type { AstNode } from 'langium';
import { isClause } from '../../../generated/ast.js';
import { analyseProse, type Sentence } from '../../../prose/index.js';
import type { ProseFragment } from '../../../references/prose-fragments.js';
import { fragmentRange } from '../../prose-spans.js';
import type { Rule, RuleContext } from '../../rule.js';
import { Sources } from '../../sources.js';

/** The longest stretch a reader has to hold in mind in one sentence, and which list item it ends in. */
interface Reading {
    words: number;
    marker?: string;
}

/**
 * A sentence with an (a), (b), (c) list is read one limb at a time: the words that introduce the
 * list, then one item. So each leaf item is counted with its lead-in, and the longest limb is
 * the sentence's length; a sentence without a list is counted whole.
 */
function longestReading(sentence: Sentence): Reading {
    const leaves = sentence.items.filter((item) => item.leaf);
    if (leaves.length === 0) return { words: sentence.wordCount };
    return leaves
        .map((item): Reading => ({ words: item.leadInWordCount + item.wordCount, marker: item.marker }))
        .reduce((longest, reading) => (reading.words > longest.words ? reading : longest));
}

/** True when a clause's own words end by introducing the list of clauses inside it ("the provider must—"). */
function introducesList(node: AstNode): boolean {
    return isClause(node) && node.items.length > 0 && typeof node.text === 'string' && !/[.!?]["”’]?\s*$/.test(node.text);
}

/**
 * The words that introduce a structured list item ((a) "..." inside (2) "... must—"), counted
 * from the last sentence of each enclosing clause; 0 for prose that is not a list item. A lead-in
 * that is already too long on its own is reported by itself and not counted again here.
 */
function structuredLeadInWords(node: AstNode, maxWords: number): number {
    const parent = node.$container;
    if (!isClause(node) || !parent || !introducesList(parent) || !isClause(parent)) return 0;
    const words = analyseProse(parent.text!).sentences.at(-1)?.wordCount ?? 0;
    return words > maxWords ? 0 : words + structuredLeadInWords(parent, maxWords);
}

function messageFor(reading: Reading, maxWords: number, withLeadIn: boolean): { messageId: string; data: Record<string, string | number> } {
    const data = { count: reading.words, maxWords };
    if (reading.marker) return { messageId: 'item', data: { ...data, marker: reading.marker } };
    return { messageId: withLeadIn ? 'this-item' : 'sentence', data };
}

function checkFragment(context: RuleContext, fragment: ProseFragment, maxWords: number): void {
    const analysis = analyseProse(fragment.text);
    const leadIn = fragment.property === 'text' ? structuredLeadInWords(fragment.node, maxWords) : 0;
    analysis.sentences.forEach((sentence, index) => {
        const reading = longestReading(sentence);
        // Only the first sentence of an item carries on from the words that introduce it.
        const carriesLeadIn = index === 0 && leadIn > 0;
        const words = reading.words + (carriesLeadIn ? leadIn : 0);
        if (words <= maxWords) return;
        context.report({
            node: fragment.node,
            range: fragmentRange(context.document, fragment, sentence.span),
            ...messageFor({ ...reading, words }, maxWords, carriesLeadIn)
        });
    });
}

export const longSentence: Rule = {
    meta: {
        id: 'drafting/long-sentence',
        pack: 'drafting',
        defaultSeverity: 'info',
        description: 'A sentence, or one limb of a list read with its lead-in, is longer than a reader can easily follow.',
        rationale: 'Long sentences are where conditions get lost and where readers, officers and courts disagree about what '
            + 'a provision means. Plain-language guidance for UK legislation asks for short sentences and for lists where '
            + 'a sentence has several conditions or steps. A list is counted one limb at a time, lead-in plus item, because '
            + 'that is how it is read.',
        sources: [Sources.draftingGuidance('Plain language: keep sentences short; break up long sentences with paragraphs and lists.')],
        options: {
            type: 'object',
            additionalProperties: false,
            properties: {
                maxWords: { type: 'number', minimum: 1, default: 60, description: 'The most words a sentence, or a list item read with its lead-in, may have before it is flagged.' }
            }
        },
        examples: {
            bad: [{
                code: 'section 1 {\n  (1) "The [council] must, before the end of the period of three months beginning with the day on which this section comes into force and '
                    + 'after consulting the [forum], [residents] and any other person it considers appropriate, prepare and publish a plan setting out how it intends to '
                    + 'support community bodies in its area, including the money, premises and officer time it will make available to them."\n}'
            }],
            good: [{
                code: 'section 1 {\n  (1) "The [council] must prepare and publish a plan setting out how it will support community bodies in its area."\n'
                    + '  (2) "The [council] must publish the plan within three months of the day on which this section comes into force."\n}'
            }]
        },
        messages: {
            sentence: 'This sentence has {{count}} words, more than {{maxWords}}. Long sentences are hard to follow and easy to misread: '
                + 'split it into shorter sentences, or set out the steps or conditions as a list ((a), (b), (c)).',
            item: 'Read with the words that introduce it, item {{marker}} runs to {{count}} words, more than {{maxWords}}. '
                + 'Shorten it, or split it into further items or separate subsections, so that each can be read at once.',
            'this-item': 'Read with the words that introduce it, this item runs to {{count}} words, more than {{maxWords}}. '
                + 'Shorten it, or split it into further items or separate subsections, so that each can be read at once.'
        }
    },
    create(context) {
        const maxWords = Number(context.options.maxWords);
        return { prose: (fragment) => checkFragment(context, fragment, maxWords) };
    }
};
