import { AstUtils, UriUtils, type ValidationAcceptor } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { Document } from '../generated/ast.js';
import { IssueCodes } from './codes.js';

/** Imports must name another existing .commons file, once, without going round in a circle. */
export function checkImports(services: CommonsServices) {
    const importGraph = services.workspace.ImportGraph;
    const documents = services.shared.workspace.LangiumDocuments;
    return (root: Document, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(root);
        const seen = new Set<string>();
        for (const { statement, uri } of importGraph.importsOf(document)) {
            const key = uri.toString();
            const info = { node: statement, property: 'path' as const };
            if (!statement.path.endsWith('.commons')) {
                accept('error', `"${statement.path}" is not a Commons draft. Imports name another .commons file, for example import "./definitions.commons".`,
                    { ...info, code: IssueCodes.NotACommonsFile });
            } else if (UriUtils.equals(uri, document.uri)) {
                accept('error', 'This file imports itself. Remove the import.', { ...info, code: IssueCodes.SelfImport });
            } else if (seen.has(key)) {
                accept('warning', `"${statement.path}" is already imported above. Remove the repeated import.`, { ...info, code: IssueCodes.RepeatedImport });
            } else if (!documents.hasDocument(uri)) {
                accept('error', `Cannot find "${statement.path}" (looked for ${UriUtils.relative(UriUtils.dirname(document.uri), uri) || uri.path} `
                    + `next to this file). Check the file name and that the path is relative to this file.`, { ...info, code: IssueCodes.MissingImport });
            }
            seen.add(key);
        }
        const cycle = importGraph.findCycle(document);
        if (cycle) {
            const first = importGraph.importsOf(document).find(({ uri }) => UriUtils.equals(uri, cycle[1]));
            const names = cycle.map((uri) => UriUtils.basename(uri)).join(' → ');
            if (first) {
                accept('error', `These imports go round in a circle (${names}). Move what both files need into a shared file that both import.`,
                    { node: first.statement, property: 'path', code: IssueCodes.CyclicImport });
            }
        }
    };
}
