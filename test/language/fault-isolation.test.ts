import { describe, expect, it } from 'vitest';
import { URI, type LangiumDocument } from 'langium';
import { ALL_RULES, INTERNAL_ERROR_CODE, guarded, resolveLintConfig, startRules, type Document, type Rule } from '../../packages/language/src/index.js';
import { walkAst } from '../../packages/language/src/syntax/ast-walk.js';
import { createServices, parseWorkspace } from '../helpers/workspace.js';

/**
 * A fault in one check or one rule is one finding, never a lost lint: the exception becomes a
 * commons/internal-error finding that names what failed, and every other check still runs.
 * Half-typed drafts (pieces missing) get plain messages that never say "undefined".
 */

const ACT = (body: string) => `act "Test Act" {
  actor council: local-authority "the council"
  "community body" means "a body run by local people"
${body}
}
`;

describe('a check that throws', () => {
    it('becomes one internal-error finding naming the check, and the other checks still run', async () => {
        const { shared, Commons } = createServices();
        Commons.validation.ValidationRegistry.register({
            Section: guarded('exploding test', () => {
                throw new Error('boom from a test check');
            })
        });
        const allOff = resolveLintConfig(ALL_RULES, { rules: Object.fromEntries(ALL_RULES.map((rule) => [rule.meta.id, 'off'])) });
        Commons.lint.LintConfigProvider.useResolver(() => allOff);
        const text = ACT('  section 1 { (1) "The [councel] must act." }\n  section 1 { (1) "Again." }');
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file('/workspace/main.commons'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const diagnostics = document.diagnostics ?? [];
        const faults = diagnostics.filter((diagnostic) => diagnostic.code === INTERNAL_ERROR_CODE);
        expect(faults).toHaveLength(2);
        expect(faults[0].message).toContain('exploding test check');
        expect(faults[0].message).toContain('fault in Commons');
        expect(faults[0].message).not.toContain('boom');
        expect((faults[0].data as { detail: string }).detail).toContain('boom from a test check');
        // Checks that ran after the failing one on the same nodes still reported.
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expect.arrayContaining(['language/unresolved-reference', 'language/duplicate-number']));
    });

    it('"amount 400000 per year" (no currency) asks for the currency instead of failing', async () => {
        const text = ACT('  section 1 { (1) "Money." budget B { amount 400000 per year from council } }');
        const diagnostics = (await parseWorkspace({ 'main.commons': text })).diagnostics('main.commons');
        expect(diagnostics.filter((diagnostic) => diagnostic.code === INTERNAL_ERROR_CODE)).toEqual([]);
        // One slip, one message, on the number: the parser's, which says what to write.
        const aboutTheAmount = diagnostics.filter((diagnostic) => diagnostic.range.start.line === 3 && diagnostic.severity === 1);
        expect(aboutTheAmount.map((diagnostic) => diagnostic.message)).toEqual([
            'A name is needed here, but found the number "400000". If this is a sum of money, write its three-letter currency code first, for example GBP 400000.']);
    });
});

describe('a lint rule that throws', () => {
    const thrower: Rule = {
        meta: { ...ALL_RULES[0].meta, id: 'test/thrower', messages: { m: 'never' } },
        create: () => ({
            Section: () => {
                throw new TypeError("Cannot read properties of undefined (reading 'x')");
            }
        })
    };

    it('is reported once, by name, and the other rules still report', async () => {
        const workspace = await parseWorkspace({ 'main.commons': ACT('  section 1 { (1) "The [council] shall act." }\n  section 2 { (1) "The [council] shall rest." }') });
        const document = workspace.document('main.commons') as LangiumDocument<Document>;
        const { Commons } = createServices();
        const config = resolveLintConfig([...ALL_RULES, thrower], {});
        const run = startRules(Commons, document, config, [thrower, ...ALL_RULES.filter((rule) => rule.meta.id === 'drafting/shall')]);
        walkAst(document.parseResult.value, run.visit);
        for (const fragment of Commons.references.ProseReferences.fragmentsIn(document)) run.prose(fragment);
        run.done();
        const faults = run.findings.filter((finding) => finding.ruleId === INTERNAL_ERROR_CODE);
        expect(faults).toHaveLength(1);
        expect(faults[0].message).toContain('the rule test/thrower');
        expect(faults[0].message).not.toMatch(/undefined/);
        expect(faults[0].severity).toBe('error');
        expect(faults[0].range.start.line).toBe(3);
        expect(run.findings.filter((finding) => finding.ruleId === 'drafting/shall')).toHaveLength(2);
    });
});

describe('drafts with missing pieces', () => {
    // Each leaves out one piece a drafter may not have typed yet; the parser recovers around it.
    const drafts: Record<string, string> = {
        'no year': 'act "A" {\n  year\n  ethos "e"\n}',
        'no unit of time': ACT('  section 1 { (1) "x" right R { holder council duty-bearer council time-limit 6 } }'),
        'no length of time': ACT('  section 1 { (1) "x" right R { holder council duty-bearer council time-limit months } }'),
        'no amount': ACT('  section 1 { (1) "x" budget B { amount GBP per year from council } }'),
        'no currency': ACT('  section 1 { (1) "x" budget B { amount 400000 per year from council } }'),
        'no period after per': ACT('  section 1 { (1) "x" budget B { amount GBP 4m per from council } }'),
        'no share': ACT('  section 1 { (1) "x" budget B { amount GBP 4m from council allocate % to council } }'),
        'no right name': ACT('  section 1 { (1) "x" right { duty-bearer council } }'),
        'no right name or body': ACT('  section 1 { (1) "x" right'),
        'no section number': ACT('  section { (1) "x" }'),
        'no date': 'act "A" {\n  commencement on\n  sunset on 2020-01-01\n}'
    };

    for (const [name, text] of Object.entries(drafts)) {
        it(`${name}: every message is plain, with no "undefined", "null" or "NaN"`, async () => {
            const diagnostics = (await parseWorkspace({ 'main.commons': text }, { lint: true })).diagnostics('main.commons');
            expect(diagnostics.length).toBeGreaterThan(0);
            for (const diagnostic of diagnostics) {
                expect(diagnostic.message, `${diagnostic.code}: ${diagnostic.message}`).not.toMatch(/\b(undefined|null|NaN)\b/);
                expect(diagnostic.code, diagnostic.message).not.toBe(INTERNAL_ERROR_CODE);
            }
        });
    }
});
