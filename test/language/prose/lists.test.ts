import { describe, expect, test } from 'vitest';
import { analyseProse, type ListItem } from '../../../packages/language/src/prose/index.js';

const itemText = (text: string, item: ListItem) => text.slice(item.span.start, item.span.end);

describe('list items', () => {
    test('inline (a), (b), (c) items are split, each with the lead-in attached', () => {
        const text = 'The authority must— (a) consult residents, (b) publish its reasons, and (c) report to the forum.';
        const [sentence] = analyseProse(text).sentences;
        expect(sentence.items.map((item) => item.marker)).toEqual(['(a)', '(b)', '(c)']);
        expect(sentence.items.map((item) => itemText(text, item))).toEqual(['consult residents', 'publish its reasons', 'report to the forum']);
        expect(sentence.items.every((item) => item.leadIn?.text === 'The authority must')).toBe(true);
        expect(sentence.leadIn?.text).toBe('The authority must');
        expect(sentence.items.map((item) => item.wordCount)).toEqual([2, 3, 4]);
    });

    test('(i) under (a) nests, and the lead-in chains through the parent item', () => {
        const text = 'Before determining the national outcomes, the Scottish Ministers must–– (a) consult— (i) such persons as represent communities, and (ii) local authorities; and (b) publish a draft.';
        const [sentence] = analyseProse(text).sentences;
        const summary = sentence.items.map((item) => [item.marker, item.depth, item.leaf, item.parent]);
        expect(summary).toEqual([['(a)', 1, false, undefined], ['(i)', 2, true, 0], ['(ii)', 2, true, 0], ['(b)', 1, true, undefined]]);
        expect(sentence.items[1].leadIn?.text).toBe('Before determining the national outcomes, the Scottish Ministers must consult');
    });

    test('"(i)" straight after "(h)" continues the letters instead of opening roman numerals', () => {
        const text = 'The report must cover— (g) housing, (h) transport, (i) health, and (j) schools.';
        const [sentence] = analyseProse(text).sentences;
        expect(sentence.items.map((item) => item.depth)).toEqual([1, 1, 1, 1]);
    });

    test('citations are not list markers', () => {
        const text = 'In reaching its decision under subsection (2), and in applying paragraphs (a) and (b) of section 12(3)(a), the authority must act.';
        expect(analyseProse(text).sentences[0].items).toEqual([]);
    });

    test('bare markers "1)" and "a)" after a dash are list items', () => {
        const text = '1) A municipality must prepare an annual report consisting of- a) a performance report; and b) a financial statement.';
        const [sentence] = analyseProse(text).sentences;
        expect(sentence.items.map((item) => [item.marker, item.depth])).toEqual([['1)', 1], ['a)', 2], ['b)', 2]]);
    });

    test('elided items ("… (d)") continue their list', () => {
        const text = 'The report must set out— (a) the number of plans, … (d) the progress made, and (e) an assessment of their influence.';
        const [sentence] = analyseProse(text).sentences;
        expect(sentence.items.map((item) => [item.marker, item.depth])).toEqual([['(a)', 1], ['(d)', 1], ['(e)', 1]]);
    });

    test('each item of a list is read as its own statement, joined to the lead-in', () => {
        const text = 'The authority must— (a) consult residents; and (b) publish its decision.';
        const propositions = analyseProse(text).propositions;
        expect(propositions.map((proposition) => [proposition.item, proposition.verb?.lemma, proposition.object?.text])).toEqual([
            [0, 'consult', 'residents'],
            [1, 'publish', 'its decision']
        ]);
        // The object of (a) is read across the gap: its parts are the lead-in and the item.
        expect(propositions[0].actor.phrase?.text).toBe('The authority');
    });
});
