import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCommonsServices, resolveLintConfig, type Document } from '../../packages/language/src/index.js';

/** A fresh set of services per call, so documents never leak between tests. */
export function createServices() {
    return createCommonsServices(EmptyFileSystem);
}

export interface ParsedWorkspace {
    documents: Map<string, LangiumDocument<Document>>;
    /** Diagnostics of one file by its name in the workspace ("main.commons"). */
    diagnostics(file: string): Diagnostic[];
    document(file: string): LangiumDocument<Document>;
}

/**
 * Parses, links and validates a set of in-memory files as one workspace under /workspace/.
 * Keys are paths relative to that folder. Lint rules are off unless asked for.
 */
export async function parseWorkspace(files: Record<string, string>, options: { lint?: boolean } = {}): Promise<ParsedWorkspace> {
    const { shared, Commons } = createServices();
    if (!options.lint) {
        // Language tests look at the language's own checks; the linter has tests of its own.
        const allOff = resolveLintConfig(Commons.lint.Rules, { rules: Object.fromEntries(Commons.lint.Rules.map((rule) => [rule.meta.id, 'off'])) });
        Commons.lint.LintConfigProvider.useResolver(() => allOff);
    }
    const documents = new Map<string, LangiumDocument<Document>>();
    for (const [path, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(`/workspace/${path}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(path, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const document = (file: string) => {
        const found = documents.get(file);
        if (!found) throw new Error(`No file ${file} in this test workspace`);
        return found;
    };
    return { documents, document, diagnostics: (file) => document(file).diagnostics ?? [] };
}

/** Parses a single draft and returns its diagnostics. */
export async function diagnosticsOf(text: string): Promise<Diagnostic[]> {
    return (await parseWorkspace({ 'main.commons': text })).diagnostics('main.commons');
}

export function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((diagnostic) => diagnostic.severity === 1);
}
