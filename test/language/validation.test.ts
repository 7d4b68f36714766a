import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { IssueCodes } from '../../packages/language/src/index.js';
import { diagnosticsOf, parseWorkspace } from '../helpers/workspace.js';

const withCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((diagnostic) => diagnostic.code === code);

/** Wraps section bodies in a minimal act with an actor and a defined term to refer to. */
function act(body: string): string {
    return `act "Test Act" {
  actor council: local-authority "the council"
  "community body" means "a body run by local people"
${body}
}`;
}

async function expectSingle(text: string, code: string) {
    const diagnostics = await diagnosticsOf(text);
    const found = withCode(diagnostics, code);
    expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
    return found[0];
}

describe('language-level validation', () => {
    it('accepts the baseline draft used by these tests', async () => {
        expect(await diagnosticsOf(act('section 1 { (1) "The [council] must help a [community body]." }'))).toEqual([]);
    });

    it('reports an unresolved prose reference at its exact range', async () => {
        const text = act('section 1 { (1) "The [councel] must act." }');
        const diagnostic = await expectSingle(text, IssueCodes.UnresolvedReference);
        const lines = text.split('\n');
        expect(lines[diagnostic.range.start.line].slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('[councel]');
        expect(diagnostic.message).toContain('[councel] is not a defined term');
    });

    it('suggests the declared name a misspelt reference most probably means, and only a close one', async () => {
        expect((await expectSingle(act('section 1 { (1) "The [councel] must act." }'), IssueCodes.UnresolvedReference)).message).toContain('Did you mean [council]?');
        expect((await expectSingle(act('section 1 { (1) "A [comunity bodys] may ask." }'), IssueCodes.UnresolvedReference)).message).toContain('Did you mean [community body]?');
        expect((await expectSingle(act('section 1 { (1) "The [tribunal] decides." }'), IssueCodes.UnresolvedReference)).message).not.toContain('Did you mean');
        const structured = await diagnosticsOf(act('section 1 { duty D { bearer counsil action "publish the plan" } }'));
        expect(structured.map((diagnostic) => diagnostic.message).join('\n')).toContain('Did you mean council?');
        const unrelated = await diagnosticsOf(act('section 1 { right R { holder [parish meeting] } }'));
        expect(unrelated.map((diagnostic) => diagnostic.message).join('\n')).not.toContain('Did you mean');
    });

    it('reports a citation of a provision that does not exist', async () => {
        const diagnostic = await expectSingle(act('section 1 { (1) "As set out in [section 9]." }'), IssueCodes.UnresolvedReference);
        expect(diagnostic.message).toContain('points at a provision that does not exist');
    });

    it('reports an unresolved structured reference in plain words', async () => {
        const diagnostics = await diagnosticsOf(act('section 1 { right R { holder [parish meeting] } }'));
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toContain('Nothing called [parish meeting] is declared');
    });

    it('reports a name declared twice', async () => {
        const diagnostic = await expectSingle(act('"community body" means "something else"'), IssueCodes.DuplicateName);
        expect(diagnostic.message).toContain('The term "community body" is declared more than once');
    });

    it('reports duplicate section numbers and duplicate subsections', async () => {
        const diagnostics = await diagnosticsOf(act('section 1 { (1) "a" (1) "b" } section 1 { "c" }'));
        expect(withCode(diagnostics, IssueCodes.DuplicateNumber).map((d) => d.message).sort()).toEqual([
            'Section 1 already has a (1) (line 4). Renumber one of them.',
            'There is already a section 1 (line 4). Renumber one of them.'
        ]);
    });

    it('reports numbering out of order, with inserted numbers in their place', async () => {
        expect(await diagnosticsOf(act('section 1 { "a" } section 1A { "b" } section 2 { (1) "x" (1A) "y" (2) "z" }'))).toEqual([]);
        const diagnostic = await expectSingle(act('section 2 { "a" } section 1 { "b" }'), IssueCodes.NumberOutOfOrder);
        expect(diagnostic.message).toBe('Section 1 comes after section 2. Put them in order or renumber them.');
        await expectSingle(act('section 1 { (a) "x" (c) "y" (b) "z" }'), IssueCodes.NumberOutOfOrder);
    });

    it('treats (i) after (h) as a letter, and (i) (ii) (iii) as roman numerals', async () => {
        expect(await diagnosticsOf(act('section 1 { (1) "x" { (h) "h" (i) "i" (j) "j" } (2) "y" { (i) "one" (ii) "two" (iii) "three" (iv) "four" } }'))).toEqual([]);
    });

    it('reports markers of different styles at one level', async () => {
        await expectSingle(act('section 1 { (1) "x" (a) "y" }'), IssueCodes.MixedMarkers);
    });

    it('reports malformed section numbers', async () => {
        const diagnostic = await expectSingle(act('section 1.5 { "x" }'), IssueCodes.MalformedNumber);
        expect(diagnostic.message).toContain('"1.5" is not a section number');
    });

    it('reports a right without a holder', async () => {
        const diagnostic = await expectSingle(act('section 1 { right RightToBid { duty-bearer council } }'), IssueCodes.RightWithoutHolder);
        expect(diagnostic.message).toContain('does not say who holds it');
    });

    it('reports malformed amounts and unknown currencies, suggesting a code', async () => {
        const amount = await expectSingle(act('section 1 { budget B { amount GBP 25,00 } }'), IssueCodes.MalformedAmount);
        expect(amount.message).toContain('"25,00" is not an amount of money');
        const currency = await expectSingle(act('section 1 { budget B { amount POUNDS 2.5m } }'), IssueCodes.UnknownCurrency);
        expect(currency.message).toBe('"POUNDS" is not a currency code. Write GBP.');
        expect(await diagnosticsOf(act('section 1 { budget B { amount GBP 250,000.50 per year for 10 years allocate EUR 1bn to council } }'))).toEqual([]);
    });

    it('reports malformed periods', async () => {
        const unit = await expectSingle(act('section 1 { right R { holder council time-limit 6 fortnights } }'), IssueCodes.MalformedPeriod);
        expect(unit.message).toContain('"fortnights" is not a unit of time');
        await expectSingle(act('section 1 { budget B { amount GBP 100 per decade } }'), IssueCodes.MalformedPeriod);
        await expectSingle(act('section 1 { budget B { amount GBP 100 for 0 years } }'), IssueCodes.MalformedPeriod);
    });

    it('reports impossible dates and a sunset before commencement', async () => {
        const date = await expectSingle(act('commencement on 2027-02-30'), IssueCodes.MalformedDate);
        expect(date.message).toContain('"2027-02-30" is not a date');
        await expectSingle(act('year 27'), IssueCodes.MalformedDate);
        await expectSingle(act('commencement on 2027-04-01 sunset on 2026-04-01'), IssueCodes.DatesOutOfOrder);
    });

    it('reports shares that are not percentages of a budget', async () => {
        await expectSingle(act('section 1 { budget B { allocate 140% to council } }'), IssueCodes.MalformedShare);
    });

    it('reports repeated metadata', async () => {
        await expectSingle(act('status draft status consultation'), IssueCodes.RepeatedMetadata);
    });
});

describe('imports', () => {
    it('reports an import of a file that does not exist', async () => {
        const workspace = await parseWorkspace({ 'main.commons': 'import "./missing.commons"\nact "A" { }' });
        const [diagnostic] = withCode(workspace.diagnostics('main.commons'), IssueCodes.MissingImport);
        expect(diagnostic.message).toContain('Cannot find "./missing.commons"');
        expect(diagnostic.range.start).toEqual({ line: 0, character: 7 });
    });

    it('reports cyclic imports with the path round the circle', async () => {
        const workspace = await parseWorkspace({
            'a.commons': 'import "./b.commons"\nact "A" { }',
            'b.commons': 'import "./a.commons"\ndefinitions "B" { }'
        });
        const [diagnostic] = withCode(workspace.diagnostics('a.commons'), IssueCodes.CyclicImport);
        expect(diagnostic.message).toContain('a.commons → b.commons → a.commons');
    });

    it('reports a file that imports itself, a repeated import and a non-Commons import', async () => {
        const workspace = await parseWorkspace({
            'a.commons': 'import "./a.commons"\nimport "./b.commons"\nimport "./b.commons"\nimport "./notes.txt"\nact "A" { }',
            'b.commons': 'definitions "B" { }'
        });
        const codes = workspace.diagnostics('a.commons').map((d) => d.code);
        expect(codes).toEqual(expect.arrayContaining([IssueCodes.SelfImport, IssueCodes.RepeatedImport, IssueCodes.NotACommonsFile]));
    });
});
