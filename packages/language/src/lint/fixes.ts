import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Applies edits to a text. Edits that overlap an edit already taken are skipped (and returned),
 * so applying fixes never garbles a clause; running the fixes again finds nothing to do.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; skipped: TextEdit[] } {
    const document = TextDocument.create('memory://draft', 'commons', 0, text);
    const withOffsets = edits
        .map((edit) => ({ edit, start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
    const taken: typeof withOffsets = [];
    const skipped: TextEdit[] = [];
    for (const candidate of withOffsets) {
        const previous = taken.at(-1);
        if (previous && candidate.start < previous.end) skipped.push(candidate.edit);
        else taken.push(candidate);
    }
    let result = text;
    for (const { edit, start, end } of taken.reverse()) result = result.slice(0, start) + edit.newText + result.slice(end);
    return { text: result, skipped };
}
