import { templateParts } from './messages.js';
import type { Rule } from './rule.js';
import { ruleDocsPath } from './rule.js';
import { PACK_ORDER, PACK_TITLES, SHIFTS } from './shifts.js';
import { CALIBRATION, type Measured } from './accuracy.generated.js';

const GENERATED_NOTICE = '<!-- Generated from the rule metadata by `npm run docs:rules`. Edit the rule, not this file. -->';

/** The documentation pages for the rules, keyed by path from the repository root. */
export function renderRuleDocs(rules: readonly Rule[]): Map<string, string> {
    const pages = new Map<string, string>();
    for (const rule of rules) pages.set(ruleDocsPath(rule.meta.id), renderRulePage(rule));
    pages.set('docs/rules/README.md', renderIndex(rules));
    return pages;
}

function renderRulePage(rule: Rule): string {
    const { meta } = rule;
    const lines = [
        GENERATED_NOTICE,
        '',
        `# ${meta.id}`,
        '',
        meta.description,
        '',
        `- **Pack:** ${PACK_TITLES[meta.pack]}`,
        ...(meta.shift ? [`- **Shift:** ${SHIFTS[meta.shift].title} (from ${SHIFTS[meta.shift].from}; to ${SHIFTS[meta.shift].to})`] : []),
        `- **Default severity:** ${meta.defaultSeverity}`,
        `- **Fix:** ${meta.fix ?? 'none; the finding explains what to change'}`,
        '',
        '## Why it matters',
        '',
        meta.rationale,
        '',
        '## Sources',
        '',
        ...meta.sources.map((source) => `- ${source.citation}${source.detail ? `: ${source.detail}` : ''}`),
        '',
        ...renderAccuracy(meta.id),
        ...renderExamples('Flagged', meta.examples.bad),
        ...renderExamples('Not flagged', meta.examples.good),
        ...renderMessages(rule),
        ...renderOptions(rule),
        '## Turning it off',
        '',
        'For one provision, put a waiver with a reason on the line before it:',
        '',
        '```commons',
        `// commons-ignore ${meta.id} -- the reason, for the audit trail`,
        '```',
        '',
        `For a whole project, in \`commons.json\`: \`{ "rules": { "${meta.id}": "off" } }\`.`,
        ''
    ];
    return lines.join('\n');
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The held-out recall and false flags of the judgement a four-shift rule reads clause prose with. */
function renderAccuracy(ruleId: string): string[] {
    const kind = Object.values(CALIBRATION.kinds).find((candidate) => candidate.rules.includes(ruleId));
    if (!kind) return [];
    const row = (label: string, figures: Measured) => `| ${label} | ${percent(figures.commons.recall)} (${figures.commons.flaggedTrue} of ${figures.commons.labelledTrue}) `
        + `| ${percent(figures.commons.falseFlagRate)} (${figures.commons.flaggedFalse} of ${figures.commons.labelledFalse}) | ${percent(figures.keywords.recall)} | ${percent(figures.keywords.falseFlagRate)} |`;
    const others = kind.rules.filter((id) => id !== ruleId);
    return [
        '## How often it is right',
        '',
        `On clause prose this rule reports the ${kind.label} reading${others.length > 0 ? `, which ${others.join(' and ')} share` : ''}. `
            + 'Measured on the held-out part of the labelled corpus (clauses no rule was adjusted to; see corpus/README.md), '
            + 'beside a keyword matcher:',
        '',
        '| clauses | found (recall) | flagged wrongly (false flags) | keyword matcher: recall | keyword matcher: false flags |',
        '|---|---|---|---|---|',
        row('all', kind.heldOut.all),
        row('real law', kind.heldOut.real),
        row('constructed hard cases', kind.heldOut.constructed),
        '',
        `Measured by \`${CALIBRATION.command}\`. A finding is a question to answer, not a verdict.`,
        ''
    ];
}

function renderExamples(heading: string, examples: Rule['meta']['examples']['bad']): string[] {
    if (examples.length === 0) return [];
    const lines = [`## ${heading}`, ''];
    for (const example of examples) {
        if (example.note) lines.push(example.note, '');
        lines.push('```commons', example.code, '```', '');
    }
    return lines;
}

/** What each finding says, by message id, with the words filled in from the draft in italics. */
function renderMessages(rule: Rule): string[] {
    const entries = Object.entries(rule.meta.messages);
    return [
        '## Messages',
        '',
        `What a finding says, by message id (\`messageId\` in the JSON and SARIF reports). Words in *italics* are filled in from the draft.`,
        '',
        ...entries.map(([id, template]) => `- \`${id}\`: ${messageMarkdown(template)}`),
        ''
    ];
}

/** A template as Markdown: its text escaped, each placeholder in italics ("minYears" as *min years*). */
function messageMarkdown(template: string): string {
    return templateParts(template).map((part) => typeof part === 'string'
        ? part.replace(/[\\`*_[\]<>|]/g, (character) => `\\${character}`)
        : `*${part.placeholder.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase()}*`).join('');
}

function renderOptions(rule: Rule): string[] {
    const properties = (rule.meta.options?.properties ?? {}) as Record<string, { description?: string; default?: unknown; type?: string }>;
    const names = Object.keys(properties);
    if (names.length === 0) return [];
    return [
        '## Options',
        '',
        '| option | type | default | meaning |',
        '|---|---|---|---|',
        ...names.map((name) => `| \`${name}\` | ${properties[name].type ?? ''} | ${JSON.stringify(properties[name].default)} | ${properties[name].description ?? ''} |`),
        '',
        `In \`commons.json\`: \`{ "rules": { "${rule.meta.id}": ["warning", { "${names[0]}": ${JSON.stringify(properties[names[0]].default)} }] } }\``,
        ''
    ];
}

function renderIndex(rules: readonly Rule[]): string {
    const lines = [
        GENERATED_NOTICE,
        '',
        '# Commons rules',
        '',
        'Every rule, grouped by the shift or pack it belongs to. The four shifts come from New Local,',
        '*Community Power: The Evidence* (2021). Severities are the defaults of `commons:recommended`;',
        '`commons:strict` raises every shift rule to error.',
        '',
        'Excerpts in the examples are read inside a standard draft that declares the usual parties',
        '(`council`, `minister`, `department`, `treasury`, `forum`, `residents`, `contractor`, `tribunal`',
        'and the term "community body").',
        ''
    ];
    for (const pack of PACK_ORDER) {
        const inPack = rules.filter((rule) => rule.meta.pack === pack);
        if (inPack.length === 0) continue;
        lines.push(`## ${PACK_TITLES[pack]}`, '', '| rule | severity | fix | what it finds |', '|---|---|---|---|');
        for (const rule of inPack) {
            const link = ruleDocsPath(rule.meta.id).replace(/^docs\/rules\//, '');
            lines.push(`| [${rule.meta.id}](${link}) | ${rule.meta.defaultSeverity} | ${rule.meta.fix ? 'yes' : ''} | ${rule.meta.description} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
