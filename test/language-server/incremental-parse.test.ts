import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, CstUtils, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createCommonsLanguageServices } from '@commons/language-server';
import { repositoryRoot } from '../helpers/cli.js';

// A keystroke inside one clause or provision is parsed by parsing that element alone and putting
// it in place, and the prose reader and the index update only that element. Whatever the edits, the tree, the
// token positions, the prose and the findings must be exactly those of parsing the whole text again.

/** Everything a feature reads from the tree: each token's kind, text and place; each node's type, place and container. */
function snapshot(document: LangiumDocument): string[] {
    const root = document.parseResult.value;
    const leaves = [...CstUtils.flattenCst(root.$cstNode!)].map((leaf) =>
        `${leaf.tokenType.name} ${JSON.stringify(leaf.text)} @${leaf.offset} ${JSON.stringify(leaf.range)}`);
    const nodes = [...AstUtils.streamAst(root)].map((node) =>
        `${node.$type} ${JSON.stringify(node.$cstNode?.range)} in ${node.$container?.$type}.${node.$containerProperty}[${node.$containerIndex}]`);
    return [...leaves, ...nodes];
}

/** What the prose reader holds for a document: its prose, its [references] and its citable units. */
function proseSnapshot(services: ReturnType<typeof createCommonsLanguageServices>['Commons'], document: LangiumDocument): string[] {
    const prose = services.references.ProseReferences;
    return [
        ...prose.fragmentsIn(document).map((fragment) => `fragment ${fragment.node.$type}.${fragment.property} @${fragment.offset} ${JSON.stringify(fragment.range)} ${JSON.stringify(fragment.text)}`),
        ...prose.referencesIn(document).map((reference) => `reference [${reference.text}] @${reference.offset} ${JSON.stringify(reference.range)} in ${reference.container.$type}`),
        ...[...prose.visibleCitations(document)].map(([key, units]) => `citation ${key}: ${units.map((unit) => `${unit.$type}@${unit.$cstNode?.offset}`).join(', ')}`).sort()
    ];
}

/** What the index holds for a document: each declaration's name, path and ranges, in order. */
function indexSnapshot(shared: ReturnType<typeof createCommonsLanguageServices>['shared'], document: LangiumDocument): string[] {
    return shared.workspace.IndexManager.allElements(undefined, new Set([document.uri.toString()])).toArray()
        .map((description) => `${description.type} ${description.name} ${description.path} ${JSON.stringify(description.nameSegment?.range)} ${JSON.stringify(description.selectionSegment?.range)}`);
}

describe('parsing an edited element in place', () => {
    it('gives the same tree, index, prose and findings as a full parse, edit after edit', async () => {
        const { shared, Commons } = createCommonsLanguageServices({ ...EmptyFileSystem });
        const factory = shared.workspace.LangiumDocumentFactory as unknown as { onReparsed(listener: (uri: URI, edit: unknown) => void): void };
        let inPlace = 0;
        factory.onReparsed((_uri, edit) => { if (edit) inPlace++; });
        const uri = URI.file('/drafts/act.commons');
        const text = readFileSync(join(repositoryRoot, 'examples/community-power-act/community-power-act.commons'), 'utf8');
        const open = TextDocument.create(uri.toString(), 'commons', 1, text);
        // The server's open documents are where the factory reads the new text from.
        (shared.workspace.TextDocuments as unknown as { _syncedDocuments: Map<string, TextDocument> })._syncedDocuments.set(uri.toString(), open);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(open, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });

        let state = 20271123;
        const random = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648) % n);
        const inProse = ['x', ' shall ', ' must ', '\n    and ', '[council]', '', ' ('];
        const betweenTokens = [' ', '\n', '\n\n    ', ''];
        const edit = async (offset: number, removed: number, inserted: string) => {
            TextDocument.update(open, [{ range: { start: open.positionAt(offset), end: open.positionAt(offset + removed) }, text: inserted }], open.version + 1);
            await shared.workspace.DocumentBuilder.update([uri], []);
        };
        for (let step = 0; step < 60; step++) {
            const leaves = [...CstUtils.flattenCst(document.parseResult.value.$cstNode!)];
            const leaf = leaves[random(leaves.length)];
            const inString = leaf.tokenType.name === 'STRING' && leaf.length > 2;
            const offset = inString ? leaf.offset + 1 + random(leaf.length - 2) : leaf.end;
            if (step % 15 === 7) {
                // A stray quote or brace breaks the draft; taking it out again mends it.
                const breaking = step % 2 ? '"' : '{';
                await edit(offset, 0, breaking);
                await edit(offset, 1, '');
            } else {
                const removed = inString && !/["[\]]/.test(open.getText().slice(offset, offset + 1)) ? random(2) : 0;
                const choices = inString ? inProse : betweenTokens;
                await edit(offset, removed, choices[random(choices.length)]);
            }

            const reference = shared.workspace.LangiumDocumentFactory.fromString(open.getText(), URI.file(`/drafts/reference-${step}.commons`));
            shared.workspace.LangiumDocuments.addDocument(reference);
            await shared.workspace.DocumentBuilder.build([reference], { validation: true });
            expect(snapshot(document), `after edit ${step}`).toEqual(snapshot(reference));
            expect(proseSnapshot(Commons, document), `prose after edit ${step}`).toEqual(proseSnapshot(Commons, reference));
            expect(indexSnapshot(shared, document), `index after edit ${step}`).toEqual(indexSnapshot(shared, reference));
            const findings = (d: LangiumDocument) => (d.diagnostics ?? []).map((diagnostic) => `${diagnostic.code} ${JSON.stringify(diagnostic.range)} ${diagnostic.message}`);
            expect(findings(document), `findings after edit ${step}`).toEqual(findings(reference));
            shared.workspace.LangiumDocuments.deleteDocument(reference.uri);
        }
        // Most edits land inside an element of a draft that parses; a syntax error sends the next edit to a full parse.
        expect(inPlace).toBeGreaterThan(40);
    });
});
