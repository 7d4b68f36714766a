import { Ajv, type ErrorObject } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, SyntaxKind, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { asFolderUrl, type Rule, type Severity } from './rule.js';

/**
 * The project file, commons.json: a preset to start from, rule settings on top, paths to leave
 * out, and where the rule docs are published. Comments are allowed, as in tsconfig.json.
 *
 *   { "extends": "commons:recommended",
 *     "rules": { "drafting/shall": "off", "drafting/long-sentence": ["warning", { "maxWords": 60 }] },
 *     "ignore": ["archive/**"],
 *     "docsUrl": "https://github.com/our-org/drafts/blob/main/docs/rules/" }
 */
export interface CommonsConfigFile {
    $schema?: string;
    extends?: PresetName | PresetName[];
    rules?: Record<string, RuleSetting>;
    ignore?: string[];
    docsUrl?: string;
}

export type SeveritySetting = Severity | 'warn';
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];
export type PresetName = 'commons:recommended' | 'commons:strict';

export interface ResolvedRuleSetting {
    severity: Severity;
    options: Readonly<Record<string, unknown>>;
}

/** Settings for every known rule, after presets and overrides. */
export interface LintConfig {
    rules: ReadonlyMap<string, ResolvedRuleSetting>;
    ignore: readonly string[];
    /** Where docs/rules/ is published (commons.json `docsUrl`), ending in "/". */
    docsUrl?: string;
}

/** A problem in commons.json, with a 1-based position. */
export interface ConfigProblem {
    message: string;
    line: number;
    column: number;
}

export const PRESET_NAMES: readonly PresetName[] = ['commons:recommended', 'commons:strict'];

const SEVERITIES = ['off', 'info', 'warning', 'warn', 'error'];

const DOCS_URL_EXAMPLE = 'https://github.com/your-org/your-drafts/blob/main/docs/rules/';
/** How docsUrl must start. Findings travel to code scanning and pull requests, where a path or file: URL means nothing. */
const WEB_ADDRESS_START = /^https?:\/\//;
const DOCS_URL_PROBLEM = `"docsUrl" must be the web address (starting https:// or http://) of the folder where the rule docs are published, such as "${DOCS_URL_EXAMPLE}".`;

const CONFIG_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        extends: {
            anyOf: [
                { enum: PRESET_NAMES },
                { type: 'array', items: { enum: PRESET_NAMES } }
            ]
        },
        rules: {
            type: 'object',
            additionalProperties: {
                anyOf: [
                    { enum: SEVERITIES },
                    { type: 'array', minItems: 1, maxItems: 2, prefixItems: [{ enum: SEVERITIES }, { type: 'object' }], items: false }
                ]
            }
        },
        ignore: { type: 'array', items: { type: 'string' } },
        docsUrl: {
            type: 'string',
            pattern: WEB_ADDRESS_START.source,
            description: `Where the rule docs (docs/rules/) are published, such as "${DOCS_URL_EXAMPLE}". Findings link to <pack>/<rule>.md under it.`
        }
    }
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateConfigShape = ajv.compile(CONFIG_SCHEMA);

/** The JSON Schema of commons.json, for editors that offer completion in JSON files. */
export function commonsConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
    const ruleProperties = Object.fromEntries(rules.map((rule) => [rule.meta.id, {
        description: rule.meta.description,
        ...CONFIG_SCHEMA.properties.rules.additionalProperties
    }]));
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'Commons project configuration (commons.json)',
        ...CONFIG_SCHEMA,
        properties: { ...CONFIG_SCHEMA.properties, rules: { type: 'object', properties: ruleProperties, additionalProperties: false } }
    };
}

/**
 * Reads the text of a commons.json. Returns the settings, or the problems that stop them being
 * used: a syntax slip, a misspelt rule id, a severity that does not exist, bad rule options.
 */
export function parseCommonsConfig(text: string, rules: readonly Rule[]): { file?: CommonsConfigFile; problems: ConfigProblem[] } {
    const found = findConfigProblems(text, rules);
    if (found.problems.length <= MAX_CONFIG_PROBLEMS) return found;
    const shown = found.problems.slice(0, MAX_CONFIG_PROBLEMS);
    const more = found.problems.length - shown.length;
    const last = shown[shown.length - 1];
    return {
        problems: [...shown, {
            message: `...and ${more} more ${more === 1 ? 'problem' : 'problems'} in this file, not shown. Fix these first and check again.`,
            line: last.line, column: last.column
        }]
    };
}

/** Settings files never need deeper brackets than this; deeper ones are refused before parsing. */
export const MAX_CONFIG_NESTING = 64;
/** Problems reported for one settings file; the rest are counted in one last line. */
export const MAX_CONFIG_PROBLEMS = 20;

/**
 * How deep the brackets of a JSON text go, and where they first go deeper than the limit, found
 * by the tokenizer alone (the JSON parser recurses once per bracket, so a file nested thousands
 * deep overflows the stack).
 */
function tooDeep(text: string): number | undefined {
    const scanner = createScanner(text, false);
    let depth = 0;
    for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
        if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
            if (++depth > MAX_CONFIG_NESTING) return scanner.getTokenOffset();
        } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
            depth = Math.max(0, depth - 1);
        }
    }
    return undefined;
}

function findConfigProblems(text: string, rules: readonly Rule[]): { file?: CommonsConfigFile; problems: ConfigProblem[] } {
    const at = (offset: number) => positionAt(text, offset);
    const deep = tooDeep(text);
    if (deep !== undefined) {
        return { problems: [{ message: `Brackets here are nested more than ${MAX_CONFIG_NESTING} deep, so Commons did not read this file. `
            + 'Settings need only a few levels: { "rules": { "rule/id": ["warning", { "option": 1 }] } }. Remove the extra brackets.', ...at(deep) }] };
    }
    const syntaxErrors: ParseError[] = [];
    const tree = parseTree(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
    if (syntaxErrors.length > 0 || !tree) {
        const first = syntaxErrors[0];
        return { problems: [{ message: `This is not valid JSON (${first ? describeParseError(printParseErrorCode(first.error)) : 'the file is empty'}).`, ...at(first?.offset ?? 0) }] };
    }
    const file = nodeValue(tree) as CommonsConfigFile;
    const problems: ConfigProblem[] = [];
    if (!validateConfigShape(file)) {
        for (const error of mostSpecificErrors(validateConfigShape.errors ?? [])) {
            // A docsUrl that is not a string, or not a web address: either way, say what to write.
            const message = error.instancePath === '/docsUrl' ? DOCS_URL_PROBLEM : describeSchemaError(error);
            problems.push(problems.length > MAX_CONFIG_PROBLEMS ? { message, line: 0, column: 0 } : { message, ...at(offsetOf(tree, error.instancePath)) });
        }
    }
    // The schema reports any other start; what follows must parse as well ("https://" alone does not).
    if (typeof file.docsUrl === 'string' && WEB_ADDRESS_START.test(file.docsUrl) && !parsesAsUrl(file.docsUrl)) {
        problems.push({ message: DOCS_URL_PROBLEM, ...at(offsetOf(tree, '/docsUrl')) });
    }
    const known = new Map(rules.map((rule) => [rule.meta.id, rule]));
    for (const [id, setting] of Object.entries(file.rules ?? {})) {
        // Past the problems that will be shown, only the count matters: no positions, no suggestions.
        if (problems.length > MAX_CONFIG_PROBLEMS) {
            if (!known.has(id)) problems.push({ message: '', line: 0, column: 0 });
            continue;
        }
        const rule = known.get(id);
        const offset = offsetOf(tree, `/rules/${escapePointer(id)}`, true);
        if (!rule) {
            const suggestion = closest(id, [...known.keys()]);
            problems.push({ message: `There is no rule called "${id}". Did you mean "${suggestion}"? Run "commons rules" to list them.`, ...at(offset) });
            continue;
        }
        const options = Array.isArray(setting) ? setting[1] : undefined;
        if (options !== undefined) problems.push(...checkRuleOptions(rule, options).map((message) => ({ message, ...at(offset) })));
    }
    return problems.length > 0 ? { problems } : { file, problems };
}

/** Settings for every rule: the preset(s) named, then the file's rules, then overrides. */
export function resolveLintConfig(rules: readonly Rule[], file: CommonsConfigFile = {}, overrides: Record<string, RuleSetting> = {}): LintConfig {
    // With several presets the last one named decides, as later settings override earlier ones.
    const preset = [file.extends ?? 'commons:recommended'].flat().at(-1) ?? 'commons:recommended';
    const settings = new Map<string, ResolvedRuleSetting>();
    for (const rule of rules) settings.set(rule.meta.id, { severity: presetSeverity(rule, preset), options: {} });
    for (const layer of [file.rules ?? {}, overrides]) {
        for (const [id, setting] of Object.entries(layer)) {
            if (!settings.has(id)) continue;
            const [severity, options] = Array.isArray(setting) ? setting : [setting];
            settings.set(id, { severity: normaliseSeverity(severity), options: options ?? settings.get(id)!.options });
        }
    }
    return { rules: settings, ignore: file.ignore ?? [], ...(file.docsUrl ? { docsUrl: asFolderUrl(file.docsUrl) } : {}) };
}

/** The recommended preset uses each rule's default; strict raises the four shifts to errors. */
function presetSeverity(rule: Rule, preset: PresetName): Severity {
    if (preset === 'commons:recommended') return rule.meta.defaultSeverity;
    if (rule.meta.shift) return 'error';
    return rule.meta.defaultSeverity === 'info' ? 'warning' : rule.meta.defaultSeverity;
}

export function normaliseSeverity(setting: SeveritySetting): Severity {
    return setting === 'warn' ? 'warning' : setting;
}

/** Problems with a rule's options, checked against the schema in its metadata. */
export function checkRuleOptions(rule: Rule, options: Record<string, unknown>): string[] {
    if (!rule.meta.options) return [`The rule "${rule.meta.id}" takes no options. Give only a severity.`];
    const validate = ajv.compile(rule.meta.options);
    if (validate(options)) return [];
    return (validate.errors ?? []).map((error) => `Options of "${rule.meta.id}": ${describeSchemaError(error)}`);
}

/** One message per place: an "anyOf" failure explains itself better than each branch's. */
function mostSpecificErrors(errors: readonly ErrorObject[]): ErrorObject[] {
    const summarised = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
    return errors.filter((error) => error.keyword === 'anyOf' || !summarised.has(error.instancePath));
}

function describeSchemaError(error: ErrorObject): string {
    const path = error.instancePath.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const where = error.instancePath ? `"${path.join(' › ')}"` : 'The file';
    switch (error.keyword) {
        case 'additionalProperties':
            return `${where} has a setting Commons does not know: "${String(error.params.additionalProperty)}". Use "extends", "rules", "ignore" or "docsUrl".`;
        case 'enum':
            return `${where} must be one of: ${(error.params.allowedValues as string[]).join(', ')}.`;
        case 'anyOf':
            return path[0] === 'extends'
                ? `${where} must be one of ${PRESET_NAMES.join(', ')}, or a list of them.`
                : `${where} must be a severity (off, info, warning or error), or [severity, { options }].`;
        case 'type':
            return `${where} must be ${error.params.type === 'object' ? 'an object' : `a ${String(error.params.type)}`}.`;
        default:
            return `${where} ${error.message ?? 'is not valid'}.`;
    }
}

function parsesAsUrl(text: string): boolean {
    try {
        new URL(text);
        return true;
    } catch {
        return false;
    }
}

function describeParseError(code: string): string {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function nodeValue(node: JsonNode): unknown {
    switch (node.type) {
        case 'object':
            return Object.fromEntries((node.children ?? []).map((property) => [property.children![0].value, property.children![1] ? nodeValue(property.children![1]) : undefined]));
        case 'array':
            return (node.children ?? []).map(nodeValue);
        default:
            return node.value;
    }
}

function offsetOf(tree: JsonNode, pointer: string, propertyName = false): number {
    const path = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const node = findNodeAtLocation(tree, path);
    if (!node) return tree.offset;
    return propertyName && node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

function escapePointer(key: string): string {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function positionAt(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length, column: before[before.length - 1].length + 1 };
}
