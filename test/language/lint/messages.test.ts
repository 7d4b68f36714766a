import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, it } from 'vitest';
import {
    ALL_RULES, createCommonsServices, formatMessage, loadDrafts, placeholdersOf, RuleMessageError, type LintDiagnosticData
} from '../../../packages/language/src/index.js';
import { repositoryRoot } from '../../helpers/cli.js';
import { lintWith, UNFILLED } from './rule-tester.js';

/**
 * Templates no test can reach yet, each with the reason. A template counts as used when a rule
 * test asserts its id, or when a rule's bad examples or a draft in examples/ produce it.
 */
const DOCUMENTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    'drafting/shall': {
        unread: 'A fallback for a "shall" the prose reader finds no statement around; every "shall" in the tests and examples is read.'
    }
};

/** A finding as these checks need it: which rule and message, the values that filled it, and the text shown. */
interface Seen {
    ruleId: string;
    messageId: string;
    messageData: Readonly<Record<string, string>>;
    message: string;
    where: string;
}

function draftsUnder(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return draftsUnder(path);
        return name.endsWith('.commons') ? [path] : [];
    }).sort();
}

/**
 * The message ids each rule test asserts: `messageId: '...'` in the cases of each
 * `testRule(ruleById('...'), ...)` in test/language/lint/rules/. testRule checks each against
 * what the rule reported, so an id asserted there is one the rule really gives.
 */
function idsAssertedByRuleTests(): Map<string, Set<string>> {
    const asserted = new Map<string, Set<string>>();
    const folder = join(repositoryRoot, 'test/language/lint/rules');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.test.ts'))) {
        const source = readFileSync(join(folder, name), 'utf8');
        const calls = [...source.matchAll(/testRule\(ruleById\('([^']+)'\)/g)];
        calls.forEach((call, index) => {
            const body = source.slice(call.index, calls[index + 1]?.index ?? source.length);
            const ids = asserted.get(call[1]) ?? new Set<string>();
            for (const match of body.matchAll(/messageId: '([^']+)'/g)) ids.add(match[1]);
            asserted.set(call[1], ids);
        });
    }
    return asserted;
}

/** Every lint finding over the drafts in examples/, with every rule at its default severity. */
async function findingsInExamples(): Promise<Seen[]> {
    const { shared, Commons } = createCommonsServices(NodeFileSystem);
    const files = draftsUnder(join(repositoryRoot, 'examples'));
    const documents = await loadDrafts(shared, Commons, files.map((file) => URI.file(file))) as LangiumDocument[];
    return documents.flatMap((document) => (document.diagnostics ?? []).flatMap((diagnostic) => {
        const data = diagnostic.data as Partial<LintDiagnosticData> | undefined;
        if (!data?.ruleId || data.messageId === undefined) return [];
        return [{
            ruleId: data.ruleId, messageId: data.messageId, messageData: data.messageData ?? {},
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            where: `${document.uri.fsPath.slice(repositoryRoot.length + 1)}:${diagnostic.range.start.line + 1}`
        }];
    }));
}

describe('filling a message', () => {
    const messages = { unused: '"{{term}}" is defined but never used. Refer to it as [{{ term }}].' };

    it('puts each value in its placeholders', () => {
        expect(formatMessage('drafting/unused-definition', messages, 'unused', { term: 'relevant service' }))
            .toBe('"relevant service" is defined but never used. Refer to it as [relevant service].');
    });

    it('treats a message id the rule does not declare, or a value it does not give, as a fault in the rule', () => {
        expect(() => formatMessage('drafting/unused-definition', messages, 'unsued', { term: 'x' })).toThrow(RuleMessageError);
        expect(() => formatMessage('drafting/unused-definition', messages, 'toString', { term: 'x' })).toThrow(/not among its meta.messages/);
        expect(() => formatMessage('drafting/unused-definition', messages, 'unused', {})).toThrow(/needs \{\{term\}\}/);
        expect(() => formatMessage('drafting/unused-definition', messages, 'unused')).toThrow(RuleMessageError);
    });
});

describe('rule messages', () => {
    const seen: Seen[] = [];
    let asserted: Map<string, Set<string>>;

    beforeAll(async () => {
        asserted = idsAssertedByRuleTests();
        seen.push(...await findingsInExamples());
        for (const rule of ALL_RULES) {
            for (const example of rule.meta.examples.bad) {
                const { findings } = await lintWith(rule, example.code);
                seen.push(...findings.map((finding) => ({ ...finding, where: `${rule.meta.id} bad example` })));
            }
        }
    }, 120_000);

    it.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))('%s: each template is plain text with well-formed {{placeholders}}', (_id, rule) => {
        const entries = Object.entries(rule.meta.messages);
        expect(entries.length, 'a rule declares at least one message').toBeGreaterThan(0);
        for (const [messageId, template] of entries) {
            expect(messageId, 'message ids are lower-case words joined by hyphens').toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
            const literal = template.replace(/\{\{\s*[A-Za-z][\w-]*\s*\}\}/g, '');
            expect(literal, `${messageId}: a brace outside a {{placeholder}}`).not.toMatch(/[{}]/);
            expect(template, `${messageId}: starts as a sentence`).toMatch(/^(?:[A-Z"“]|\{\{)/);
            expect(template, `${messageId}: ends as a sentence`).toMatch(/[.?!]["”')]?$/);
            expect(template, `${messageId}: one line, single spaces`).not.toMatch(/\s{2,}|\n/);
            expect(literal, `${messageId}: no code-like leftovers`).not.toMatch(UNFILLED);
        }
    });

    it.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))('%s: every template is used or documented', (id, rule) => {
        const documented = DOCUMENTED[id] ?? {};
        const used = new Set([...(asserted.get(id) ?? []), ...seen.filter((finding) => finding.ruleId === id).map((finding) => finding.messageId)]);
        const unused = Object.keys(rule.meta.messages).filter((messageId) => !used.has(messageId) && !(messageId in documented));
        expect(unused, 'give each a test case in test/language/lint/rules/, or say in DOCUMENTED why none can reach it').toEqual([]);
        expect(Object.keys(documented).filter((messageId) => used.has(messageId)), 'now used: take it off DOCUMENTED').toEqual([]);
        expect(Object.keys(documented).filter((messageId) => !(messageId in rule.meta.messages)), 'documented but not declared').toEqual([]);
        expect([...used].filter((messageId) => !(messageId in rule.meta.messages)), 'asserted or reported but not declared').toEqual([]);
    });

    it('fill every placeholder of the templates they use', () => {
        const unfilled = seen.flatMap((finding) => {
            const template = ALL_RULES.find((rule) => rule.meta.id === finding.ruleId)!.meta.messages[finding.messageId];
            const missing = placeholdersOf(template).filter((name) => !finding.messageData[name]?.trim());
            return missing.length > 0 ? [`${finding.where} ${finding.ruleId} ${finding.messageId}: no value for ${missing.join(', ')}`] : [];
        });
        expect(unfilled).toEqual([]);
    });

    it('read as plain text over every draft in examples/: no "undefined", "[object", "null" or unfilled "{{"', () => {
        expect(seen.filter((finding) => finding.where.endsWith('bad example') === false).length, 'the examples give findings to check').toBeGreaterThan(20);
        const faulty = seen.filter((finding) => UNFILLED.test(finding.message) || /(?<![\w"])""(?![\w"])/.test(finding.message))
            .map((finding) => `${finding.where} ${finding.ruleId}: ${finding.message}`);
        expect(faulty).toEqual([]);
    });
});
