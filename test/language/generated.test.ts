import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * The TextMate grammar and the generated parser sources are committed; they must be what
 * `npm run langium:generate` makes from the grammar today, or the editor highlights a language
 * that no longer exists.
 */
describe('generated files are current', () => {
    let scratch: string;

    beforeAll(() => {
        scratch = mkdtempSync(join(tmpdir(), 'commons-generate-'));
        const config = JSON.parse(readFileSync(join(root, 'langium-config.json'), 'utf8'));
        config.languages[0].grammar = join(root, config.languages[0].grammar);
        config.languages[0].textMate.out = join(scratch, 'commons.tmLanguage.json');
        config.out = join(scratch, 'generated');
        writeFileSync(join(scratch, 'langium-config.json'), JSON.stringify(config));
        execFileSync(process.execPath, ['--import', join(root, 'scripts/polyfills.mjs'), join(root, 'node_modules/langium-cli/bin/langium.js'),
            'generate', '--file', join(scratch, 'langium-config.json')], { cwd: scratch, stdio: 'pipe' });
    });

    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('syntaxes/commons.tmLanguage.json matches the grammar', () => {
        expect(readFileSync(join(scratch, 'commons.tmLanguage.json'), 'utf8'), 'run npm run langium:generate')
            .toBe(readFileSync(join(root, 'syntaxes/commons.tmLanguage.json'), 'utf8'));
    });

    it.each(['ast.ts', 'grammar.ts', 'module.ts'])('packages/language/src/generated/%s matches the grammar', (file) => {
        expect(readFileSync(join(scratch, 'generated', file), 'utf8'), 'run npm run langium:generate')
            .toBe(readFileSync(join(root, 'packages/language/src/generated', file), 'utf8'));
    });

    it('highlights the keywords a drafter types', () => {
        const grammar = JSON.parse(readFileSync(join(root, 'syntaxes/commons.tmLanguage.json'), 'utf8'));
        const keywords = grammar.patterns.find((pattern: { name?: string }) => pattern.name?.startsWith('keyword')).match as string;
        for (const word of ['section', 'right', 'budget', 'participatory-budgeting', 'community-control']) {
            expect(new RegExp(keywords).test(word), word).toBe(true);
        }
    });
});
