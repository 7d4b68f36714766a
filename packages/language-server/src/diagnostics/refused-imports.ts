import { GrammarUtils, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { IssueCodes, isDocument, type CommonsServices } from '@commons/language';
import { ConfinedFileSystemProvider } from '../workspace/confined-file-system.js';

/**
 * An import the server refused to read (outside the workspace folders, or a pipe, device or
 * socket) is reported as such on its import line, instead of as a file that cannot be found.
 * The finding never quotes the refused file. Used by the editor's checks and the background worker.
 */
export function withRefusedImports(services: CommonsServices, document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    if (!(fileSystem instanceof ConfinedFileSystemProvider) || !isDocument(document.parseResult.value)) return diagnostics;
    const refusals: Diagnostic[] = [];
    let result = diagnostics;
    for (const { statement, uri } of services.workspace.ImportGraph.importsOf(document)) {
        const refused = fileSystem.importRefusal(uri);
        const range = refused && GrammarUtils.findNodeForProperty(statement.$cstNode, 'path')?.range;
        if (!refused || !range) continue;
        const sameStart = (each: Diagnostic) => each.range.start.line === range.start.line && each.range.start.character === range.start.character;
        result = result.filter((each) => !(each.code === IssueCodes.MissingImport && sameStart(each)));
        refusals.push({ range, severity: DiagnosticSeverity.Error, code: refused.code, source: 'commons', message: refused.message.replace('This import', `This import ("${statement.path}")`) });
    }
    // First, so they are among the findings sent when a huge draft has more than the editor is shown.
    return refusals.length === 0 ? diagnostics : [...refusals, ...result];
}
