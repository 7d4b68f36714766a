import { join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { ALL_RULES } from '@commons/language';
import { ConfigFiles } from '../config-files.js';
import { InputError } from '../input-error.js';
import type { SeverityWord } from '../option-values.js';
import { ruleOverrides } from './rule-overrides.js';
import { writeOutput } from '../output.js';
import { bundledRuleDocsBase, ruleDocsText, ruleDocsUrl } from '../rule-docs.js';

export interface RulesOptions {
    format: 'table' | 'json';
    config?: string;
    rule?: Record<string, SeverityWord>;
}

/**
 * `commons rules`: every rule with its shift, its severity under the settings that apply here
 * (the nearest commons.json, --config, --rule) and what it finds; `commons rules ID` prints the
 * rule's full documentation.
 */
export function showRules(id: string | undefined, options: RulesOptions): number {
    writeOutput(id === undefined ? ruleList(options) : ruleDocs(id), undefined);
    return 0;
}

function ruleDocs(id: string): string {
    const rule = ALL_RULES.find((candidate) => candidate.meta.id === id);
    if (!rule) {
        throw new InputError(`There is no rule called "${id}". Did you mean "${closest(id, ALL_RULES.map((candidate) => candidate.meta.id))}"? Run "commons rules" to list them.`);
    }
    const text = ruleDocsText(rule, ALL_RULES).replace(/^<!--[\s\S]*?-->\s*/, '');
    return text.endsWith('\n') ? text : `${text}\n`;
}

function ruleList(options: RulesOptions): string {
    const configs = new ConfigFiles(ALL_RULES, { configPath: options.config, ruleOverrides: ruleOverrides(options.rule) });
    const config = configs.configFor(join(process.cwd(), 'draft.commons'));
    const configFile = configs.configPathFor(join(process.cwd(), 'draft.commons'));
    const docsBase = config.docsUrl ?? bundledRuleDocsBase();
    const rows = ALL_RULES.map(({ meta }) => ({
        id: meta.id,
        pack: meta.pack,
        shift: meta.shift ?? null,
        severity: config.rules.get(meta.id)?.severity ?? 'off',
        defaultSeverity: meta.defaultSeverity,
        fixable: meta.fix !== undefined,
        description: meta.description,
        docs: ruleDocsUrl(meta.id, docsBase) ?? null,
        messages: meta.messages
    }));
    if (options.format === 'json') return JSON.stringify({ config: configFile ?? null, rules: rows }, null, 2) + '\n';
    const header = ['rule', 'shift', 'severity', 'description'];
    const body = rows.map((row) => [row.id, row.shift ?? `(${row.pack})`, row.severity, row.description]);
    const widths = [0, 1, 2].map((column) => Math.max(header[column].length, ...body.map((cells) => cells[column].length)));
    const line = (cells: string[]) => cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ');
    return [
        line(header),
        ...body.map(line),
        '',
        `Severities ${configFile ? `from ${configFile}` : 'of the commons:recommended preset (no commons.json found)'}${options.rule ? ', with --rule settings' : ''}.`,
        'Run "commons rules <rule>" for why a rule matters, its sources and examples.'
    ].join('\n') + '\n';
}
