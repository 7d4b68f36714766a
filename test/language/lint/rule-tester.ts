import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { expect, it } from 'vitest';
import {
    ALL_RULES, applyEdits, createCommonsServices, exampleDraft, resolveLintConfig, type Document, type Finding, type Rule, type Severity
} from '../../../packages/language/src/index.js';

/** A finding a case expects: which of the rule's messages, and optionally its data and the text underlined. */
export interface ExpectedFinding {
    /** A key of the rule's meta.messages. */
    messageId: string;
    /** Values the message must have been filled with (only those named are checked). */
    data?: Record<string, string>;
    text?: string;
}

export interface InvalidCase {
    code: string;
    /** The findings expected, in order. */
    findings: ExpectedFinding[];
    /** The draft after applying every fix offered (defaults to unchanged). */
    fixed?: string;
}

export interface ValidCase {
    code: string;
    /** Why this should pass, shown as the test name. */
    name?: string;
}

/** What a message shows when a value was missing or not text: "undefined", "[object Object]", "null", or a placeholder left unfilled. */
export const UNFILLED = /\bundefined\b|\[object |\bnull\b|\{\{|\}\}/;

/** A rule by its id; throws for an unknown id so a typo cannot make a test vacuous. */
export function ruleById(id: string): Rule {
    const rule = ALL_RULES.find((candidate) => candidate.meta.id === id);
    if (!rule) throw new Error(`No rule with id ${id}`);
    return rule;
}

/** Lints one excerpt (read inside the standard example draft) with only `rule` switched on. */
export async function lintWith(rule: Rule, code: string, options: Record<string, unknown> = {}): Promise<{ text: string; findings: Finding[]; document: LangiumDocument<Document> }> {
    const { shared, Commons } = createCommonsServices(EmptyFileSystem);
    const text = exampleDraft(code);
    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file('/rule-test/draft.commons'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    // Every error except the linter's own: the excerpt must be valid Commons for the case to mean anything.
    const lintIds = new Set(Commons.lint.Rules.map((candidate) => candidate.meta.id));
    const languageErrors = (document.diagnostics ?? []).filter((d) => d.severity === 1 && !lintIds.has(String(d.code)));
    expect(languageErrors.map((d) => d.message), 'the test draft itself must be valid Commons').toEqual([]);
    const onlyThisRule = Object.fromEntries(Commons.lint.Rules.map((candidate) => [candidate.meta.id,
        candidate !== rule ? 'off' as const : rule.meta.options ? [rule.meta.defaultSeverity, options] as [Severity, Record<string, unknown>] : rule.meta.defaultSeverity]));
    const config = resolveLintConfig(Commons.lint.Rules, { rules: onlyThisRule });
    return { text, findings: Commons.lint.Linter.lint(document, config), document };
}

/** ESLint-style cases for one rule: valid drafts give no finding, invalid ones exactly these. */
export function testRule(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[]; options?: Record<string, unknown> }): void {
    cases.valid.forEach((valid, index) => {
        const { code, name } = typeof valid === 'string' ? { code: valid, name: undefined } : valid;
        it(`valid #${index + 1}${name ? `: ${name}` : ''}`, async () => {
            const { findings } = await lintWith(rule, code, cases.options);
            expect(findings.map((finding) => finding.message)).toEqual([]);
        });
    });
    cases.invalid.forEach((invalid, index) => {
        it(`invalid #${index + 1}: ${invalid.findings.map((finding) => finding.messageId).join(', ')}`, async () => {
            const { text, findings, document } = await lintWith(rule, invalid.code, cases.options);
            expect(findings.map((finding) => finding.message)).toHaveLength(invalid.findings.length);
            invalid.findings.forEach((expected, position) => {
                const finding = findings[position];
                expect(finding.ruleId).toBe(rule.meta.id);
                expect(finding.message, 'a message with a value missing').not.toMatch(UNFILLED);
                expect(finding.messageId, finding.message).toBe(expected.messageId);
                if (expected.data) expect(finding.messageData, finding.message).toMatchObject(expected.data);
                if (expected.text !== undefined) expect(document.textDocument.getText(finding.range)).toBe(expected.text);
            });
            const fixed = applyEdits(text, findings.flatMap((finding) => finding.fixes.flatMap((fix) => fix.edits))).text;
            expect(fixed).toBe(invalid.fixed === undefined ? text : exampleDraft(invalid.fixed));
        });
    });
}
