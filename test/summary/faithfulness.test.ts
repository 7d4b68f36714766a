import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AstNode } from 'langium';
import {
    checkSentence, checkSummarySentences, isAmendmentOperation, isClause, isDefinition, isProse, isProvision, summarizeDraft, walkAst,
    type DraftSummaryModel, type SummarySentence
} from '../../packages/language/src/index.js';
import { parseWorkspace } from '../helpers/workspace.js';
import { sentencesOf, summariseExamples, type SummarisedExample } from './support.js';

let examples: SummarisedExample[];
beforeAll(async () => {
    examples = await summariseExamples();
});

/** The clauses, prose, provisions, definitions and amendments of a draft: what a summary must account for. */
function provisionsOf(example: SummarisedExample): Array<{ file: string; line: number; node: AstNode }> {
    const found: Array<{ file: string; line: number; node: AstNode }> = [];
    for (const document of example.documents) {
        const file = document.uri.fsPath;
        walkAst(document.parseResult.value, (node) => {
            const counts = (isClause(node) && (node.text !== undefined || node.closingWords !== undefined)) || isProse(node) || isProvision(node) || isDefinition(node) || isAmendmentOperation(node);
            if (counts) found.push({ file, line: (node.$cstNode?.range.start.line ?? 0) + 1, node });
        });
    }
    return found;
}

describe('summaries of the examples', () => {
    it('covers every example', () => {
        expect(examples.map((example) => example.name)).toContain('community-power-act/community-power-act');
        expect(examples.length).toBeGreaterThanOrEqual(16);
    });

    it('pass the faithfulness checker with no problem left', () => {
        for (const example of examples) {
            expect(example.model.check.issues, example.name).toEqual([]);
            expect(example.model.check.sentences, example.name).toBeGreaterThanOrEqual(3);
        }
    });

    it('account for every provision: each is the source of a sentence or listed under "also in this draft"', () => {
        for (const example of examples) {
            const { model } = example;
            const cited = new Set([...sentencesOf(model).flatMap((sentence) => sentence.sources), ...model.alsoInThisDraft.map((entry) => entry.source)]);
            const places = new Set([...cited].map((id) => model.sources[id]).filter(Boolean).map((source) => `${source.file}:${source.line}`));
            for (const { file, line, node } of provisionsOf(example)) {
                const shown = `${file.slice(file.indexOf('examples/'))}:${line}`;
                expect(places.has(shown), `${example.name}: ${node.$type} at ${shown} is not in the summary`).toBe(true);
            }
        }
    });

    it('name a source that exists for every sentence', () => {
        for (const example of examples) {
            for (const sentence of sentencesOf(example.model)) {
                expect(sentence.sources.length, sentence.text).toBeGreaterThan(0);
                for (const id of sentence.sources) expect(example.model.sources[id], `${example.name}: ${sentence.text}`).toBeDefined();
            }
        }
    });

    it('keep the four-shift record in words, with evidence on each side', () => {
        const cpa = examples.find((example) => example.name === 'community-power-act/community-power-act')!.model;
        const weak = examples.find((example) => example.name === 'weak-draft')!.model;
        expect(cpa.shifts.map((record) => record.shift)).toEqual(['community', 'ethos', 'outcomes', 'pluralist']);
        expect(cpa.shifts.find((record) => record.shift === 'community')!.supports.length).toBeGreaterThan(3);
        expect(weak.shifts.some((record) => record.verdict === 'works against' || record.verdict === 'mixed')).toBe(true);
        expect(weak.shifts.flatMap((record) => record.against).length).toBeGreaterThan(0);
        for (const record of [...cpa.shifts, ...weak.shifts]) expect(['supports', 'mixed', 'works against', 'does not touch']).toContain(record.verdict);
    });
});

describe('the faithfulness checker', () => {
    /** The first sentence of a summary whose words satisfy `pick`, to change and check again. */
    function sentenceWhere(model: DraftSummaryModel, pick: (sentence: SummarySentence) => boolean): SummarySentence {
        const found = sentencesOf(model).find(pick);
        if (!found) throw new Error('no such sentence in the summary');
        return found;
    }
    const names = (model: DraftSummaryModel) => Object.values(model.sources).flatMap((source) => source.actors);
    const cpa = () => examples.find((example) => example.name === 'community-power-act/community-power-act')!.model;
    const budget = () => examples.find((example) => example.name === 'neighbourhood-budget')!.model;

    it('finds "may" turned into "must"', () => {
        const model = cpa();
        const sentence = sentenceWhere(model, (s) => /\bmay appeal\b/.test(s.text));
        const issues = checkSentence({ ...sentence, text: sentence.text.replace(/\bmay appeal\b/, 'must appeal') }, model.sources, names(model));
        expect(issues.map((issue) => issue.kind)).toContain('may became must');
    });

    it('finds "must not" turned into "must"', () => {
        const model = cpa();
        const sentence = sentenceWhere(model, (s) => /\bmust not\b/.test(s.text));
        const issues = checkSentence({ ...sentence, text: sentence.text.replace(/\bmust not\b/, 'must') }, model.sources, names(model));
        expect(issues.map((issue) => issue.kind)).toContain('must not became must');
    });

    it('finds a condition dropped from a duty', () => {
        const model = cpa();
        // The generator states this duty and its condition in two sentences; the duty alone, with
        // no sentence after it restating the condition, drops it.
        const sentence = sentenceWhere(model, (s) => /provider must agree to the proposal\.$/.test(s.text));
        expect(checkSentence(sentence, model.sources, names(model)).map((issue) => issue.kind)).toContain('condition dropped');
        expect(checkSentence(sentence, model.sources, names(model), true)).toEqual([]);
        expect(sentencesOf(model).some((s) => s.text.startsWith('This applies unless it has reasonable grounds'))).toBe(true);
    });

    it('finds a changed amount, currency, period or date', () => {
        const model = budget();
        const money = sentenceWhere(model, (s) => /£1\.2 million/.test(s.text));
        expect(checkSentence({ ...money, text: money.text.replace('£1.2 million', '£1.5 million') }, model.sources, []).map((i) => i.kind)).toContain('amount');
        expect(checkSentence({ ...money, text: money.text.replace('£1.2 million', '$1.2 million') }, model.sources, []).map((i) => i.kind)).toContain('amount');
        const period = sentenceWhere(model, (s) => /within 14 days/.test(s.text));
        expect(checkSentence({ ...period, text: period.text.replace('14 days', '28 days') }, model.sources, []).map((i) => i.kind)).toContain('period');
        const date = sentenceWhere(model, (s) => /1 April 2027/.test(s.text));
        expect(checkSentence({ ...date, text: date.text.replace('1 April 2027', '1 April 2028') }, model.sources, []).map((i) => i.kind)).toContain('date');
    });

    it('finds a party the source does not name, and a sentence with no source', () => {
        const model = budget();
        const sentence = sentenceWhere(model, (s) => /The assembly must publish/.test(s.text));
        const parties = ['Kirkbridge City Council', 'the Northmoor Assembly', 'council', 'assembly'];
        expect(checkSentence({ ...sentence, text: sentence.text.replace('The assembly', 'Kirkbridge City Council') }, model.sources, parties).map((i) => i.kind)).toContain('actor');
        expect(checkSentence({ ...sentence, sources: [] }, model.sources, parties).map((i) => i.kind)).toEqual(['no source']);
    });

    it('finds an amount left out of a provision the summary restates', () => {
        const model = budget();
        const sentences = sentencesOf(model).filter((s) => !/£1\.2 million/.test(s.text));
        const issues = checkSummarySentences({ sentences, sources: model.sources, names: [] });
        expect(issues.some((issue) => issue.kind === 'missing' && /GBP 1200000/.test(issue.detail))).toBe(true);
    });
});

describe('summaries of generated drafts', () => {
    const actors = ['council', 'forum', 'minister', 'residents'];
    const clause = fc.record({
        actor: fc.constantFrom(...actors),
        modal: fc.constantFrom('must', 'may', 'must not', 'may not'),
        action: fc.constantFrom('publish the plan', 'approve the budget', 'hold a public meeting', 'give the money to the forum', 'report to the residents'),
        amount: fc.option(fc.integer({ min: 1, max: 900 }).map((n) => `£${n},000`), { nil: undefined }),
        period: fc.option(fc.tuple(fc.integer({ min: 1, max: 24 }), fc.constantFrom('days', 'weeks', 'months', 'years')).map(([n, unit]) => `within ${n} ${unit}`), { nil: undefined }),
        condition: fc.option(fc.constantFrom('if the residents vote for it', 'unless the forum objects', 'where the forum asks for it', 'after the plan is agreed'), { nil: undefined }),
        aside: fc.option(fc.constantFrom(', in plain language and in writing,', ', after hearing from the residents and from the staff of every public body that works in the area,'), { nil: undefined })
    });
    const structured = fc.record({
        kind: fc.constantFrom('duty', 'power', 'budget'),
        actor: fc.constantFrom(...actors),
        amount: fc.integer({ min: 1, max: 5000 }).map((n) => n * 1000),
        years: fc.integer({ min: 1, max: 12 })
    });

    function draftOf(clauses: Array<typeof clause extends fc.Arbitrary<infer T> ? T : never>, provisions: Array<typeof structured extends fc.Arbitrary<infer T> ? T : never>): string {
        const lines = clauses.map((c, index) => {
            const words = [`The [${c.actor}]${c.aside ?? ''} ${c.modal} ${c.action}`, c.amount ? `of ${c.amount}` : '', c.period ?? '', c.condition ?? ''].filter(Boolean).join(' ');
            return `      (${index + 1}) "${words}."`;
        });
        const blocks = provisions.map((p, index) => p.kind === 'duty'
            ? `      duty D${index} { bearer ${p.actor} action "publish a report" deadline within ${p.years} months }`
            : p.kind === 'power'
                ? `      power P${index} { holder ${p.actor} action "make grants" consent forum }`
                : `      budget B${index} { amount GBP ${p.amount} per year for ${p.years} years devolved to forum decided by forum via participatory-budgeting }`);
        return [
            'policy "Generated policy" {',
            '  actor council: local-authority "the council"',
            '  actor forum: neighbourhood-forum "the forum"',
            '  actor minister: minister "the minister"',
            '  actor residents: residents "the residents"',
            '  part 1 "Generated" {',
            '    section 1 "Generated" {',
            ...lines,
            ...blocks,
            '    }',
            '  }',
            '}'
        ].join('\n');
    }

    it('pass the checker, keep every clause, and keep each clause\'s modal, amount, period and condition', async () => {
        await fc.assert(fc.asyncProperty(fc.array(clause, { minLength: 1, maxLength: 5 }), fc.array(structured, { maxLength: 3 }), async (clauses, provisions) => {
            const text = draftOf(clauses, provisions);
            const workspace = await parseWorkspace({ 'main.commons': text });
            const document = workspace.document('main.commons');
            expect(document.parseResult.parserErrors, text).toEqual([]);
            const model = summarizeDraft({ documents: [document], fileName: () => 'main.commons' });
            expect(model.check.issues, text).toEqual([]);
            const sentences = sentencesOf(model);
            clauses.forEach((c, index) => {
                const fromClause = sentences.filter((s) => s.sources.some((id) => model.sources[id].citation === `section 1(${index + 1})`));
                expect(fromClause.length, text).toBeGreaterThan(0);
                const said = fromClause.map((s) => s.text).join(' ');
                expect(said, text).toContain(` ${c.modal} `);
                if (c.amount) expect(said, text).toContain(c.amount);
                if (c.period) expect(said, text).toContain(c.period.replace('within ', ''));
                if (c.condition) expect(said, text).toContain(c.condition.split(' ')[0]);
            });
            for (const p of provisions.filter((q) => q.kind === 'budget')) {
                const money = p.amount >= 1e6 && p.amount % 1e4 === 0 ? `£${Math.round(p.amount / 1e4) / 100} million` : `£${p.amount.toLocaleString('en-GB')}`;
                expect(sentences.map((s) => s.text).join(' '), text).toContain(money);
            }
        }), { numRuns: 40 });
    });
});
