import { EmptyFileSystem, GrammarAST, AstUtils, URI } from 'langium';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYWORD_HELP, createCommonsLanguageServices, renameWritten } from '@commons/language-server';
import { fixtureFolder } from '../helpers/cli.js';

describe('keyword help', () => {
    it('explains every keyword of the grammar in plain words', () => {
        const { Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
        const keywords = new Set<string>();
        for (const node of AstUtils.streamAllContents(Commons.Grammar)) {
            if (GrammarAST.isKeyword(node) && /\p{L}/u.test(node.value)) keywords.add(node.value);
        }
        const missing = [...keywords].filter((keyword) => !KEYWORD_HELP[keyword]);
        expect(missing).toEqual([]);
        for (const [keyword, help] of Object.entries(KEYWORD_HELP)) {
            expect(help.summary, keyword).toMatch(/^[A-Z"a-z].*[.:)]$/);
            expect(keywords.has(keyword), `${keyword} is a keyword`).toBe(true);
        }
    });
});

describe('renaming a name written in prose', () => {
    it('keeps the form the writer used', () => {
        expect(renameWritten('community body', 'community body', 'neighbourhood group')).toBe('neighbourhood group');
        expect(renameWritten('community bodies', 'community body', 'neighbourhood group')).toBe('neighbourhood groups');
        expect(renameWritten("community body's", 'community body', 'neighbourhood group')).toBe("neighbourhood group's");
        expect(renameWritten("community bodies'", 'community body', 'neighbourhood group')).toBe("neighbourhood groups'");
        expect(renameWritten('forums', 'forum', 'assembly')).toBe('assemblies');
        expect(renameWritten('assets of community value', 'asset of community value', 'building of local value')).toBe('buildings of local value');
        expect(renameWritten('councils', 'council', 'local authority')).toBe('local authorities');
    });

    it('keeps the writer\'s capitals', () => {
        expect(renameWritten('Community Body', 'community body', 'neighbourhood group')).toBe('Neighbourhood Group');
        expect(renameWritten('Council', 'council', 'local authority')).toBe('Local authority');
        expect(renameWritten('council', 'council', 'Commissioner')).toBe('Commissioner');
    });
});

describe('lint settings', () => {
    const severityOf = (folder: string, file: string, rule: string, settings?: unknown) => {
        const { Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
        if (settings) Commons.editor.LintSettings.useEditorSettings(settings);
        return Commons.editor.LintSettings.configFor(URI.file(join(folder, file))).rules.get(rule)?.severity;
    };

    it('read the nearest commons.json up the tree, then the editor settings on top', () => {
        const folder = fixtureFolder({
            'commons.json': '{ "rules": { "drafting/shall": "off" } }',
            'strict/commons.json': '// comments are allowed\n{ "extends": "commons:strict" }'
        });
        mkdirSync(join(folder, 'plain/deeper'), { recursive: true });
        expect(severityOf(folder, 'plain/deeper/a.commons', 'drafting/shall')).toBe('off');
        expect(severityOf(folder, 'strict/a.commons', 'community/consult-only')).toBe('error');
        expect(severityOf(folder, 'plain/a.commons', 'drafting/shall', { rules: { 'drafting/shall': 'error' } })).toBe('error');
        // The editor's preset applies only where commons.json does not choose one.
        expect(severityOf(folder, 'plain/a.commons', 'community/consult-only', { preset: 'commons:strict' })).toBe('error');
    });

    it('turn every rule off for drafts the project ignores, and ignore settings they do not understand', () => {
        const folder = fixtureFolder({ 'commons.json': '{ "ignore": ["archive/", "*.old.commons"] }' });
        writeFileSync(join(folder, 'x.commons'), '');
        // .gitignore syntax, as the command line reads it.
        expect(severityOf(folder, 'archive/old.commons', 'drafting/shall')).toBe('off');
        expect(severityOf(folder, 'drafts/plan.old.commons', 'drafting/shall')).toBe('off');
        expect(severityOf(folder, 'current.commons', 'drafting/shall')).toBe('warning');
        expect(severityOf(folder, 'current.commons', 'drafting/shall', { rules: { 'drafting/shall': 'loud', 'no/such-rule': 'off' }, preset: 'nonsense' })).toBe('warning');
    });
});
