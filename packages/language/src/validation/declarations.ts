import { AstUtils, URI, UriUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { CommonsScopeProvider } from '../references/commons-scope-provider.js';
import type { Document } from '../generated/ast.js';
import { isActor, isDefinition } from '../generated/ast.js';
import { declaredName } from '../references/commons-scope-computation.js';
import { IssueCodes } from './codes.js';

/**
 * A name may be declared once among the files a draft can see: if "community body" were defined
 * twice, no reader could tell which definition a clause relies on.
 */
export function checkDuplicateDeclarations(services: CommonsServices) {
    const scopeProvider = services.references.ScopeProvider as CommonsScopeProvider;
    const locator = services.workspace.AstNodeLocator;
    return (root: Document, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(root);
        const firstByName = new Map<string, { uri: string; path: string }>();
        for (const description of scopeProvider.visibleSymbols(document)) {
            const key = description.name;
            const existing = firstByName.get(key);
            if (!existing) {
                firstByName.set(key, { uri: description.documentUri.toString(), path: description.path });
                continue;
            }
            if (description.documentUri.toString() !== document.uri.toString()) continue;
            const node = locator.getAstNode(root, description.path);
            if (!node) continue;
            accept('error', `${describe(node)} is declared more than once (first ${whereFirst(existing, document)}). `
                + 'Keep one declaration, or give one of them a different name.', {
                node, property: 'name', code: IssueCodes.DuplicateName
            });
        }
    };
}

function describe(node: AstNode): string {
    const name = declaredName(node) ?? '';
    if (isDefinition(node)) return `The term "${name}"`;
    if (isActor(node)) return `The actor "${name}"`;
    return `The provision name ${name}`;
}

function whereFirst(first: { uri: string; path: string }, document: LangiumDocument): string {
    return first.uri === document.uri.toString() ? 'earlier in this file' : `in ${UriUtils.basename(URI.parse(first.uri))}`;
}
