import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import { ResponseError, type Range, type RenameParams, type TextDocumentPositionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isActor, isDefinition, nameVariants, normaliseName, type CommonsScopeProvider } from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { canBeWrittenBare, isKeyword } from '../syntax/reference-text.js';
import { renameWritten } from './name-forms.js';
import { occurrenceUnderCursor } from './occurrence-under-cursor.js';
import type { Occurrence, Occurrences } from './occurrences.js';

const ID_PATTERN = /^[_a-zA-Z][\w-]*$/;
// An LSP error code for a request the server refuses for a reason the user can fix.
const INVALID_REQUEST = -32600;

/**
 * Renames an actor, a defined term or a named provision everywhere it is used: its declaration,
 * structured references (holder forum, duty-bearer [local authority]) and [prose references] in
 * every draft that can see it. Uses in prose keep the writer's form: plurals stay plural,
 * possessives possessive, capitals capital.
 */
export class CommonsRenameProvider implements RenameProvider {
    private readonly occurrences: Occurrences;
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        this.services = services;
        this.occurrences = services.editor.Occurrences;
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const occurrence = this.renameable(document, params);
        // The protocol also allows a placeholder: the declared name, even where a plural or possessive is under the cursor.
        return { range: wordsRange(occurrence), placeholder: occurrence.target.name } as unknown as Range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit {
        const occurrence = this.renameable(document, params);
        const declaration = occurrence.target.node;
        const oldName = occurrence.target.name;
        const newName = params.newName.replace(/\s+/g, ' ').trim();
        this.checkNewName(declaration, oldName, newName);
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit) => (changes[uri] ??= []).push(edit);
        const nameNode = this.services.references.NameProvider.getNameNode(declaration);
        if (nameNode) add(AstUtils.getDocument(declaration).uri.toString(), { range: nameNode.range, newText: this.declarationText(declaration, nameNode.text, newName) });
        for (const use of this.occurrences.usesOf(declaration)) {
            const renamed = renameWritten(use.written, oldName, newName);
            const written = use.document.textDocument.getText(use.range);
            const bare = use.kind === 'structured-reference' && !written.startsWith('[') && canBeWrittenBare(renamed, this.services.Grammar);
            add(use.document.uri.toString(), { range: use.range, newText: bare ? renamed : `[${renamed}]` });
        }
        return { changes };
    }

    /** The occurrence at the position, if it names something that can be renamed; otherwise a plain refusal. */
    private renameable(document: LangiumDocument, params: TextDocumentPositionParams): Occurrence & { target: { kind: 'declaration'; node: AstNode; name: string } } {
        const occurrence = occurrenceUnderCursor(this.services, document, params);
        if (!occurrence) throw refusal('Put the cursor on the name of an actor, a defined term or a named provision to rename it.');
        if (occurrence.target?.kind !== 'declaration') {
            throw refusal(occurrence.target
                ? 'Sections, subsections and files are renumbered or renamed by editing them; only actors, defined terms and named provisions can be renamed here.'
                : `Nothing called ${occurrence.written} is declared, so there is nothing to rename. Declare it first.`);
        }
        return occurrence as Occurrence & { target: { kind: 'declaration'; node: AstNode; name: string } };
    }

    private checkNewName(declaration: AstNode, oldName: string, newName: string): void {
        if (newName.length === 0) throw refusal('The new name is empty.');
        if (/["[\]\n]/.test(newName)) throw refusal('A name cannot contain quotation marks, square brackets or line breaks.');
        if (!isActor(declaration) && !isDefinition(declaration) && (!ID_PATTERN.test(newName) || isKeyword(newName, this.services.Grammar))) {
            throw refusal('A provision\'s name is one word of letters, digits and hyphens (for example RightToBuy), and not a Commons keyword.');
        }
        if (normaliseName(newName) === normaliseName(oldName)) return;
        const symbols = (this.services.references.ScopeProvider as CommonsScopeProvider).getSymbolTable(AstUtils.getDocument(declaration));
        const clash = nameVariants(newName).map((variant) => symbols.get(variant)).find((found) => found && this.occurrences.nodeOf(found) !== declaration);
        if (clash) throw refusal(`Something called ${newName} is already declared where ${oldName} is used. Choose another name, or rename that one first.`);
    }

    /** The declaration's new name as written: quoted where a quoted name or a term is needed, bare where the old one was bare. */
    private declarationText(declaration: AstNode, oldText: string, newName: string): string {
        if (isDefinition(declaration)) return `"${newName}"`;
        if (isActor(declaration)) return !oldText.startsWith('"') && canBeWrittenBare(newName, this.services.Grammar) ? newName : `"${newName}"`;
        return newName;
    }
}

/** The words of the name at the cursor, without brackets or quotes, for the editor's rename box. */
function wordsRange(occurrence: Occurrence): Range {
    const { start, end } = occurrence.range;
    const wrapped = start.line === end.line && end.character - start.character === occurrence.written.length + 2;
    return wrapped ? { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } } : occurrence.range;
}

function refusal(message: string): ResponseError<void> {
    return new ResponseError(INVALID_REQUEST, message);
}
