import { describe, expect, it } from 'vitest';
import { ALL_RULES, commonsConfigSchema, parseCommonsConfig, resolveLintConfig } from '../../../packages/language/src/index.js';

const severityOf = (config: ReturnType<typeof resolveLintConfig>, id: string) => config.rules.get(id)?.severity;

describe('commons.json', () => {
    it('starts from the recommended preset: each rule at its default severity', () => {
        const config = resolveLintConfig(ALL_RULES);
        for (const rule of ALL_RULES) expect(severityOf(config, rule.meta.id)).toBe(rule.meta.defaultSeverity);
    });

    it('strict raises every shift rule to error and info rules to warning', () => {
        const config = resolveLintConfig(ALL_RULES, { extends: 'commons:strict' });
        expect(severityOf(config, 'outcomes/output-counting')).toBe('error');
        expect(severityOf(config, 'drafting/long-sentence')).toBe('warning');
        expect(severityOf(config, 'budget/shares-not-100')).toBe('error');
    });

    it('applies rule settings over the preset, and command-line overrides over both', () => {
        const config = resolveLintConfig(ALL_RULES, { extends: 'commons:strict', rules: { 'drafting/shall': 'off', 'outcomes/short-horizon': ['warn', { minYears: 5 }] } },
            { 'drafting/shall': 'info' });
        expect(severityOf(config, 'drafting/shall')).toBe('info');
        expect(config.rules.get('outcomes/short-horizon')).toEqual({ severity: 'warning', options: { minYears: 5 } });
    });

    it('accepts comments and trailing commas', () => {
        const { file, problems } = parseCommonsConfig('{\n  // why\n  "rules": { "drafting/shall": "off", },\n}', ALL_RULES);
        expect(problems).toEqual([]);
        expect(file?.rules).toEqual({ 'drafting/shall': 'off' });
    });

    it('reports problems with their line and column and gives no settings', () => {
        const text = '{\n  "extends": "commons:lenient",\n  "rules": {\n    "outcomes/short-horizon": ["warning", { "years": 5 }]\n  },\n  "ignores": []\n}';
        const { file, problems } = parseCommonsConfig(text, ALL_RULES);
        expect(file).toBeUndefined();
        expect(problems).toEqual(expect.arrayContaining([
            { message: '"extends" must be one of commons:recommended, commons:strict, or a list of them.', line: 2, column: 14 },
            { message: 'The file has a setting Commons does not know: "ignores". Use "extends", "rules", "ignore" or "docsUrl".', line: 1, column: 1 },
            expect.objectContaining({ message: expect.stringContaining('Options of "outcomes/short-horizon"'), line: 4, column: 5 })
        ]));
    });

    it('takes docsUrl, the web address of the published rule docs, as a folder', () => {
        const { file, problems } = parseCommonsConfig('{ "docsUrl": "https://example.org/drafts/docs/rules" }', ALL_RULES);
        expect(problems).toEqual([]);
        expect(resolveLintConfig(ALL_RULES, file).docsUrl).toBe('https://example.org/drafts/docs/rules/');
        expect(resolveLintConfig(ALL_RULES, { docsUrl: 'http://docs.internal/rules/' }).docsUrl).toBe('http://docs.internal/rules/');
        expect(resolveLintConfig(ALL_RULES).docsUrl).toBeUndefined();
    });

    it('refuses a docsUrl that is not a web address, saying what to write', () => {
        for (const value of ['"docs/rules"', '"ftp://x"', '"file:///srv/docs/rules/"', '"https://"', '42']) {
            const { file, problems } = parseCommonsConfig(`{\n  "docsUrl": ${value}\n}`, ALL_RULES);
            expect(file, value).toBeUndefined();
            expect(problems, value).toEqual([{
                message: '"docsUrl" must be the web address (starting https:// or http://) of the folder where the rule docs are published, such as "https://github.com/your-org/your-drafts/blob/main/docs/rules/".',
                line: 2, column: 14
            }]);
        }
    });

    it('publishes a JSON schema listing every rule, for editors', () => {
        const schema = commonsConfigSchema(ALL_RULES) as { properties: { rules: { properties: Record<string, unknown> } } };
        expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(ALL_RULES.map((rule) => rule.meta.id).sort());
    });

    it('tells editors that docsUrl is a web address', () => {
        const schema = commonsConfigSchema(ALL_RULES) as { properties: { docsUrl: { type: string; pattern: string } } };
        expect(schema.properties.docsUrl).toMatchObject({ type: 'string' });
        const pattern = new RegExp(schema.properties.docsUrl.pattern);
        expect(['https://example.org/rules/', 'http://docs.internal/'].every((url) => pattern.test(url))).toBe(true);
        expect(['docs/rules', 'ftp://x', 'file:///srv/docs/'].some((url) => pattern.test(url))).toBe(false);
    });
});
