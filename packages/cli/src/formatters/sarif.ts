import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHIFTS, PACK_TITLES, placeholdersOf, templateParts, type Rule } from '@commons/language';
import { fingerprint } from '../filters/baseline.js';
import { ruleDocsText, ruleDocsUrl } from '../rule-docs.js';
import { countProblems, type FileResult, type Problem, type ProblemSeverity } from '../results.js';
import { COMMONS_VERSION } from '../version.js';
import { displayPath, type Formatter } from './formatter.js';

const LEVEL: Record<ProblemSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = 'SRCROOT';

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, SonarQube). Every
 * rule is described with its metadata and full documentation, and links to its page where
 * commons.json says the docs are published (`docsUrl`): a SARIF log is read on other machines,
 * where a file: URL into this checkout leads nowhere. Each result carries a fingerprint that
 * survives line shifts, so an alert keeps its identity across commits. A rule's message templates
 * travel as its `messageStrings`, and each result names its template (`message.id`) and the
 * values that fill it (`message.arguments`) beside the filled text, which consumers show.
 */
export const sarif: Formatter = ({ results, cwd, rules, docsUrl }) => {
    const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
    const descriptors = [...rules.map((rule) => ruleDescriptor(rule, rules, docsUrl)), ...languageDescriptors(results, rules)];
    const index = new Map(descriptors.map((descriptor, position) => [descriptor.id, position]));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'commons',
                    fullName: 'Commons drafting linter',
                    version: COMMONS_VERSION,
                    semanticVersion: COMMONS_VERSION,
                    ...(docsUrl ? { informationUri: new URL('README.md', docsUrl).toString() } : {}),
                    rules: descriptors
                }
            },
            // A file that could not be read or checked means the run did not fully succeed.
            invocations: [{ executionSuccessful: countProblems(results).fatal === 0 }],
            originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).toString().replace(/\/?$/, '/')}` } },
            columnKind: 'utf16CodeUnits',
            results: results.flatMap((result) => result.problems.map((problem) => toResult(problem, result, cwd, index.get(problem.ruleId)!, rulesById.get(problem.ruleId))))
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
};

function ruleDescriptor(rule: Rule, rules: readonly Rule[], docsUrl: string | undefined) {
    const { meta } = rule;
    const helpUri = ruleDocsUrl(meta.id, docsUrl);
    const shift = meta.shift ? SHIFTS[meta.shift] : undefined;
    return {
        id: meta.id,
        name: meta.id,
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.rationale },
        help: {
            text: `${meta.description}\n\n${meta.rationale}${meta.fix ? `\n\nFix: ${meta.fix}` : ''}`,
            markdown: ruleDocsText(rule, rules)
        },
        ...(helpUri ? { helpUri } : {}),
        messageStrings: Object.fromEntries(Object.entries(meta.messages).map(([id, template]) => [id, { text: sarifTemplate(template) }])),
        defaultConfiguration: { enabled: true, level: LEVEL[meta.defaultSeverity] },
        properties: {
            pack: meta.pack,
            packTitle: PACK_TITLES[meta.pack],
            ...(meta.shift ? { shift: meta.shift, shiftTitle: shift!.title } : {}),
            tags: ['commons', meta.pack, ...(meta.shift ? [`shift:${meta.shift}`] : [])]
        }
    };
}

/** The language's own checks that appear in the results (they have no metadata of their own). */
function languageDescriptors(results: readonly FileResult[], rules: readonly Rule[]) {
    const known = new Set(rules.map((rule) => rule.meta.id));
    const ids = [...new Set(results.flatMap((result) => result.problems.map((problem) => problem.ruleId)))].filter((id) => !known.has(id)).sort();
    return ids.map((id) => {
        const about = COMMONS_FINDINGS[id];
        if (about) {
            return {
                id, name: id, shortDescription: { text: about[0] }, fullDescription: { text: about[1] },
                defaultConfiguration: { enabled: true, level: 'error' }, properties: { pack: 'commons', tags: ['commons'] }
            };
        }
        const words = id.replace(/^language\//, '').replace(/-/g, ' ');
        return {
            id,
            name: id,
            shortDescription: { text: `Language check: ${words}.` },
            fullDescription: { text: `A check of the Commons language itself (${words}). It always runs and cannot be switched off, because the draft cannot be read reliably until it is fixed.` },
            defaultConfiguration: { enabled: true, level: 'error' },
            properties: { pack: 'language', tags: ['commons', 'language'] }
        };
    });
}

/** The findings that say a file could not be checked (FATAL_RULE_IDS): a short and a full description. */
const COMMONS_FINDINGS: Record<string, [string, string]> = {
    'commons/unreadable-file': ['A file could not be read as a draft.',
        'The file is binary, not saved as UTF-8, not a regular file (a folder, a pipe, a device), a broken link, or could not be opened. It was not checked; every other file was.'],
    'commons/outside-workspace': ['A file outside the workspace was not read.',
        'Commons reads drafts, imports and settings only inside the workspace folder (the current folder, or --root), with links resolved first, so a shared draft cannot make it read other files.'],
    'commons/internal-error': ['Commons failed on this draft: a fault in Commons.',
        'A check, a rule or the checking of a whole draft failed. This is a fault in Commons, not in the draft; the other checks and drafts still ran. Please report it.']
};

/**
 * A template in SARIF's form: placeholders are numbered ({0}, {1}) in the order they first appear,
 * and literal braces are doubled (SARIF 2.1.0, 3.11.5).
 */
export function sarifTemplate(template: string): string {
    const names = placeholdersOf(template);
    return templateParts(template).map((part) => typeof part === 'string'
        ? part.replace(/[{}]/g, (brace) => brace + brace)
        : `{${names.indexOf(part.placeholder)}}`).join('');
}

/** The values for a template's numbered placeholders, in the order sarifTemplate numbered them. */
function sarifArguments(problem: Problem, rule: Rule | undefined): string[] {
    const template = problem.messageId ? rule?.meta.messages[problem.messageId] : undefined;
    return template ? placeholdersOf(template).map((name) => problem.messageData?.[name] ?? '') : [];
}

function sarifMessage(problem: Problem, rule: Rule | undefined) {
    if (!problem.messageId || !rule?.meta.messages[problem.messageId]) return { text: problem.message };
    const args = sarifArguments(problem, rule);
    return { text: problem.message, id: problem.messageId, ...(args.length > 0 ? { arguments: args } : {}) };
}

function toResult(problem: Problem, result: FileResult, cwd: string, ruleIndex: number, rule: Rule | undefined) {
    const { start, end } = problem.range;
    const path = displayPath(result.path, cwd);
    const artifactLocation = isAbsolute(path) ? { uri: pathToFileURL(result.path).toString() } : { uri: encodeURI(path), uriBaseId: SRCROOT };
    return {
        ruleId: problem.ruleId,
        ruleIndex,
        level: LEVEL[problem.severity],
        message: sarifMessage(problem, rule),
        locations: [{
            physicalLocation: {
                artifactLocation,
                region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 }
            },
            ...(problem.citation ? { logicalLocations: [{ name: problem.citation, kind: 'provision' }] } : {})
        }],
        partialFingerprints: { 'commonsFinding/v1': fingerprint(problem, result.path, cwd) },
        ...(problem.fixes.length > 0 ? {
            fixes: problem.fixes.map((fix) => ({
                description: { text: fix.needsReview ? `${fix.title} (check before applying)` : fix.title },
                artifactChanges: [{
                    artifactLocation,
                    replacements: fix.edits.map((edit) => ({
                        deletedRegion: {
                            startLine: edit.range.start.line + 1, startColumn: edit.range.start.character + 1,
                            endLine: edit.range.end.line + 1, endColumn: edit.range.end.character + 1
                        },
                        insertedContent: { text: edit.newText }
                    }))
                }]
            }))
        } : {}),
        properties: {
            citation: problem.citation,
            ...(problem.pack ? { pack: problem.pack } : {}),
            ...(problem.shift ? { shift: problem.shift } : {})
        }
    };
}
