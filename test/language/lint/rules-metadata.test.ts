import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, renderRuleDocs } from '../../../packages/language/src/index.js';
import { repositoryRoot } from '../../helpers/cli.js';
import { lintWith } from './rule-tester.js';

describe.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
    it('has complete metadata: pack in its id, description, rationale, a source and examples both ways', () => {
        expect(id).toMatch(new RegExp(`^${rule.meta.pack}/[a-z0-9-]+$`));
        expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
        expect(rule.meta.rationale.length).toBeGreaterThan(80);
        expect(rule.meta.sources.length).toBeGreaterThan(0);
        expect(rule.meta.examples.bad.length).toBeGreaterThan(0);
        expect(rule.meta.examples.good.length).toBeGreaterThan(0);
    });

    it('lives in a module named after it', () => {
        expect(existsSync(join(repositoryRoot, 'packages/language/src/lint/rules', `${id}.ts`))).toBe(true);
    });

    it('flags each of its bad examples', async () => {
        for (const example of rule.meta.examples.bad) {
            const { findings } = await lintWith(rule, example.code);
            expect(findings.filter((finding) => finding.ruleId === id).length, example.code).toBeGreaterThan(0);
        }
    });

    it('passes each of its good examples', async () => {
        for (const example of rule.meta.examples.good) {
            const { findings } = await lintWith(rule, example.code);
            expect(findings.map((finding) => finding.message), example.code).toEqual([]);
        }
    });
});

describe('rule documentation', () => {
    it('is what `npm run docs:rules` generates from the metadata today', () => {
        for (const [path, content] of renderRuleDocs(ALL_RULES)) {
            const file = join(repositoryRoot, path);
            expect(existsSync(file), `${path} is missing: run npm run docs:rules`).toBe(true);
            expect(readFileSync(file, 'utf8'), `${path} is out of date: run npm run docs:rules`).toBe(content);
        }
    });

    it('has no pages for rules that no longer exist', () => {
        const generated = new Set(renderRuleDocs(ALL_RULES).keys());
        const walk = (folder: string): string[] => readdirSync(folder).flatMap((name) => {
            const path = join(folder, name);
            return statSync(path).isDirectory() ? walk(path) : [path.slice(repositoryRoot.length + 1)];
        });
        expect(walk(join(repositoryRoot, 'docs/rules')).filter((path) => !generated.has(path))).toEqual([]);
    });
});
