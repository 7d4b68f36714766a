import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyseProse, type Proposition, type Span } from '../../../packages/language/src/prose/index.js';

interface CorpusClause {
    readonly id: string;
    readonly text: string;
    readonly shall: boolean | null;
}

// The labelled corpus lives in the project (corpus/), so a clone anywhere reads it.
const corpusPath = join(import.meta.dirname, '..', '..', '..', 'corpus', 'real-clauses.json');
const clauses: CorpusClause[] = JSON.parse(readFileSync(corpusPath, 'utf8')).clauses;
const clause = (id: string) => clauses.find((candidate) => candidate.id === id)!.text;
const propositionsOf = (id: string) => analyseProse(clause(id)).propositions;
const withModal = (id: string, modal: string): Proposition => {
    const found = propositionsOf(id).find((proposition) => proposition.modal?.text === modal);
    expect(found, `${id} has a statement with "${modal}"`).toBeDefined();
    return found!;
};

describe('the labelled corpus', () => {
    test('every clause is read, with spans inside the text', () => {
        const inside = (text: string, span: Span) => span.start >= 0 && span.end <= text.length && span.start <= span.end;
        for (const { id, text } of clauses) {
            const analysis = analyseProse(text);
            expect(analysis.sentences.length, id).toBeGreaterThan(0);
            for (const proposition of analysis.propositions) {
                const spans = [proposition.span, proposition.actor.phrase?.span, proposition.modal?.span, proposition.object?.span, ...proposition.verbs.map((verb) => verb.span)];
                expect(spans.every((span) => span === undefined || inside(text, span)), id).toBe(true);
            }
        }
    });

    test('"shall" is found exactly in the clauses labelled shall', () => {
        const disagreements = clauses
            .filter((candidate) => candidate.shall !== null)
            .filter(({ text, shall }) => analyseProse(text).matches('drafting', 'archaic-modal').length > 0 !== shall)
            .map(({ id }) => id);
        expect(disagreements).toEqual([]);
    });

    test('X51: "must not set numerical targets" refuses the metric', () => {
        const [targets] = analyseProse(clause('X51')).matches('metrics');
        expect(targets.text).toBe('numerical targets');
        expect(targets.negated).toBe(true);
        expect(withModal('X51', 'must not').actor.kind).toBe('institution');
    });

    test('X53: "No school ... may be ranked, placed in a league table" negates every metric', () => {
        const metrics = analyseProse(clause('X53')).matches('metrics');
        expect(metrics.map((match) => match.text)).toContain('league table');
        expect(metrics.every((match) => match.negated)).toBe(true);
        expect(withModal('X53', 'may').passive).toBe(true);
    });

    test('B053: success "must not be judged solely against a target" is an exclusive refusal, and the panel judges', () => {
        const [target] = analyseProse(clause('B053')).matches('metrics', 'target');
        expect(target.negation?.exclusive).toBe(true);
        const judge = withModal('B053', 'is to');
        expect(judge.actor.kind).toBe('community');
        expect(judge.verb?.lemma).toBe('judge');
    });

    test('X55: indicators the forum may publish are not negated; counting in numbers is', () => {
        const metrics = analyseProse(clause('X55')).matches('metrics');
        expect(metrics.map((match) => [match.text, match.negated])).toEqual([['performance indicators', false], ['in numbers', true]]);
    });

    test('X41: the council decides, residents are only heard', () => {
        const [decides] = propositionsOf('X41');
        expect([decides.actor.kind, decides.modal, decides.verb?.lemma]).toEqual(['institution', undefined, 'decide']);
        const rungs = analyseProse(clause('X41')).matches('decisions').map((match) => [match.text, match.category]);
        expect(rungs).toEqual([['decides', 'decision'], ['heard from', 'consult'], ['sold', 'decision']]);
    });

    test('X39: the Treasury pays, the assembly alone decides', () => {
        const [pay, decide] = propositionsOf('X39');
        expect([pay.actor.kind, pay.verb?.lemma]).toEqual(['institution', 'pay']);
        expect([decide.actor.kind, decide.verb?.lemma]).toEqual(['community', 'decide']);
    });

    test('X43: the chief executive may accept or reject, and need not give reasons', () => {
        const accept = withModal('X43', 'may');
        expect(accept.verbs.map((verb) => verb.lemma)).toEqual(['accept', 'reject']);
        const reasons = withModal('X43', 'need not');
        expect([reasons.actor.kind, reasons.modal?.kind, reasons.negation?.cue.text]).toEqual(['institution', 'exemption', 'not']);
    });

    test('A001: a mayor "is to be elected by the local government electors" names a community agent', () => {
        const elected = withModal('A001', 'is to');
        expect(elected.passive).toBe(true);
        expect(elected.agent?.kind).toBe('community');
    });

    test('B018: strategies "shall be selected by a committee ... and approved by the managing authority"', () => {
        const selected = withModal('B018', 'shall');
        expect(selected.verbs.map((verb) => [verb.lemma, verb.agent?.kind])).toEqual([['select', 'institution'], ['approve', 'institution']]);
    });

    test('C10: a lead-in with a nested list reads "the Scottish Ministers must consult such persons as appear to them"', () => {
        const [consult] = propositionsOf('C10');
        expect([consult.actor.kind, consult.modal?.text, consult.verb?.lemma]).toEqual(['institution', 'must', 'consult']);
        expect(consult.qualifiers.map((qualifier) => qualifier.category)).toEqual(['discretion']);
    });

    test('X57 and B099: output counts and steps taken', () => {
        expect(analyseProse(clause('X57')).matches('outputs').map((match) => match.text)).toEqual(['400 workshops']);
        expect(analyseProse(clause('B099')).matches('outputs').map((match) => match.text)).toEqual(['steps it has taken']);
    });

    test('A003: "as the authority consider appropriate" and "have regard to" weaken the duties', () => {
        const categories = propositionsOf('A003').flatMap((proposition) => proposition.qualifiers.map((qualifier) => qualifier.category));
        expect(categories).toEqual(expect.arrayContaining(['discretion', 'soft-duty']));
    });

    test('B030: gendered pair "he or she" is found in both items', () => {
        expect(analyseProse(clause('B030')).matches('drafting', 'paired-pronoun').map((match) => match.text)).toEqual(['he or she', 'he or she']);
    });
});
