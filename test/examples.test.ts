import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { AstUtils, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES, createCommonsServices, loadDrafts, outlineText, type Document } from '../packages/language/src/index.js';
import { repositoryRoot } from './helpers/cli.js';

const examplesFolder = join(repositoryRoot, 'examples');

function draftsUnder(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return draftsUnder(path);
        return name.endsWith('.commons') ? [path] : [];
    }).sort();
}

const exampleFiles = draftsUnder(examplesFolder);

/** Diagnostics from the language itself (syntax, references, numbering), not from lint rules. */
function languageDiagnostics(document: LangiumDocument) {
    const lintRuleIds = new Set(ALL_RULES.map((rule) => rule.meta.id));
    return (document.diagnostics ?? []).filter((diagnostic) => !lintRuleIds.has(String(diagnostic.code)));
}
const corpus: Array<{ id: string; text: string; constructed?: boolean }> =
    JSON.parse(readFileSync(join(import.meta.dirname, '..', 'corpus', 'real-clauses.json'), 'utf8')).clauses;

describe('examples', () => {
    const documents = new Map<string, LangiumDocument<Document>>();

    beforeAll(async () => {
        const { shared, Commons } = createCommonsServices(NodeFileSystem);
        for (const document of await loadDrafts(shared, Commons, exampleFiles.map((file) => URI.file(file)))) {
            documents.set(document.uri.fsPath, document as LangiumDocument<Document>);
        }
    });

    it('include the drafts the project promises', () => {
        const names = exampleFiles.map((file) => relative(examplesFolder, file));
        expect(names).toEqual(expect.arrayContaining([
            'community-power-act/community-power-act.commons', 'neighbourhood-budget.commons',
            'treasury-wellbeing-budgeting.commons', 'weak-draft.commons'
        ]));
    });

    it.each(exampleFiles.map((file) => [relative(examplesFolder, file), file]))('%s parses and passes the language checks', (_name, file) => {
        const document = documents.get(file)!;
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors.map((error) => error.message)).toEqual([]);
        expect(languageDiagnostics(document).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    });

    it('include a Community Power Act with no lint findings at error level', () => {
        const actFiles = exampleFiles.filter((file) => file.includes('community-power-act/'));
        const errors = actFiles.flatMap((file) => (documents.get(file)!.diagnostics ?? []).filter((d) => d.severity === 1)
            .map((d) => `${relative(examplesFolder, file)}:${d.range.start.line + 1} ${String(d.code)} ${d.message}`));
        expect(errors).toEqual([]);
    });

    it.each(exampleFiles.map((file) => [relative(examplesFolder, file), file]))('%s has the expected outline', async (name, file) => {
        const outline = outlineText(documents.get(file)!.parseResult.value);
        await expect(outline).toMatchFileSnapshot(join('__snapshots__', 'outlines', name.replace(/\//g, '__') + '.txt'));
    });

    it('include a weak draft with findings under all four shifts, each explained and most with a fix or a way to fix it', () => {
        const weak = documents.get(join(examplesFolder, 'weak-draft.commons'))!;
        const shifts = new Set((weak.diagnostics ?? []).map((d) => (d.data as { shift?: string } | undefined)?.shift).filter(Boolean));
        expect([...shifts].sort()).toEqual(['community', 'ethos', 'outcomes', 'pluralist']);
        expect((weak.diagnostics ?? []).every((d) => d.message.length > 60)).toBe(true);
    });

    it('spread the Community Power Act over several files that reference each other', () => {
        const main = documents.get(join(examplesFolder, 'community-power-act/community-power-act.commons'))!;
        expect(main.parseResult.value.imports.length).toBeGreaterThanOrEqual(2);
        const referencedFiles = new Set(main.references.flatMap((reference) => reference.ref ? [basename(AstUtils.getDocument(reference.ref).uri.path)] : []));
        expect([...referencedFiles].filter((file) => file !== 'community-power-act.commons')).not.toEqual([]);
    });
});

describe('real law rendered in Commons', () => {
    const marked = exampleFiles.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return [...text.matchAll(/\/\/ corpus (\w+)\s*\n\s*(?:\(\w+\)\s*)?("""[\s\S]*?"*"""|"(?:\\.|[^"\\])*")/g)]
            .map((match) => ({ file: relative(examplesFolder, file), id: match[1], literal: match[2] }));
    });

    it('covers at least ten clauses of real (not constructed) law', () => {
        const real = new Set(marked.map((m) => m.id).filter((id) => corpus.some((clause) => clause.id === id && !clause.constructed)));
        expect(real.size).toBeGreaterThanOrEqual(10);
    });

    it.each(marked.map((m) => [m.id, m.file, m.literal]))('%s in %s is quoted verbatim', (id, _file, literal) => {
        const clause = corpus.find((candidate) => candidate.id === id);
        expect(clause, `no corpus clause ${id}`).toBeDefined();
        const content = literal.startsWith('"""') ? literal.slice(3, -3) : JSON.parse(literal);
        expect(content).toBe(clause!.text);
    });
});
