import type { LangiumDocument } from 'langium';
import type { TextDocumentPositionParams } from 'vscode-languageserver';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import type { Occurrence } from './occurrences.js';

/**
 * What the cursor of a request is on. Definition, references, highlights and rename all ask
 * this one question, so they agree on what the cursor is on.
 */
export function occurrenceUnderCursor(services: CommonsLspServices, document: LangiumDocument, params: TextDocumentPositionParams): Occurrence | undefined {
    return services.editor.Occurrences.at(document, document.textDocument.offsetAt(params.position));
}
