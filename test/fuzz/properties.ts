import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { createCommonsLanguageServices, formattingEdits } from '@commons/language-server';
import { applyEdits, type Fix, type LintDiagnosticData } from '@commons/language';

// The properties every draft must keep, whatever its text, checked through the public core API
// (parse, check and lint by building a document; format; fix) and shared with the CLI test.

const { shared } = createCommonsLanguageServices({ ...EmptyFileSystem });
let counter = 0;

/** A problem with one draft: which property failed and how, for the failure message. */
export class PropertyFailure extends Error {}

function fail(property: string, detail: string): never {
    throw new PropertyFailure(`${property}: ${detail}`);
}

/** The words of a text, in order: what formatting must keep exactly. */
export function wordsOf(text: string): string[] {
    return text.split(/\s+/).filter(Boolean);
}

/** Line lengths of a text as an editor counts them (lines end at \r\n, \n or \r). */
function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/** A range lies inside a text: ordered, on existing lines, within each line's length. */
export function rangeInside(text: string, range: Range, lines = lineLengths(text)): boolean {
    const inside = ({ line, character }: Range['start']) => Number.isInteger(line) && Number.isInteger(character)
        && line >= 0 && line < lines.length && character >= 0 && character <= lines[line];
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    return inside(range.start) && inside(range.end) && ordered;
}

/** Parses, checks and lints a draft; returns the document and its diagnostics. */
export async function check(text: string): Promise<{ document: LangiumDocument; diagnostics: Diagnostic[] }> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/fuzz/draft-${counter++}.commons`));
    shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        return { document, diagnostics: document.diagnostics ?? [] };
    } finally {
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
}

function format(document: LangiumDocument): string {
    const text = document.textDocument.getText();
    return TextDocument.applyEdits(TextDocument.create('memory://draft', 'commons', 0, text), formattingEdits(document, { tabSize: 2, insertSpaces: true }));
}

function safeEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
    return diagnostics.flatMap((diagnostic) => ((diagnostic.data as Partial<LintDiagnosticData> | undefined)?.fixes ?? []) as Fix[])
        .filter((fix) => !fix.needsReview)
        .flatMap((fix) => fix.edits);
}

/**
 * Every property of one draft: checking never throws, every diagnostic lies inside the draft,
 * formatting keeps every word and is idempotent, and fixes keep every word outside their edits,
 * change only a few words each, and leave nothing to fix when run again.
 */
export async function checkAllProperties(text: string): Promise<void> {
    const { document, diagnostics } = await check(text);
    const lines = lineLengths(text);
    for (const diagnostic of diagnostics) {
        if (!rangeInside(text, diagnostic.range, lines)) fail('diagnostic outside its document', `${JSON.stringify(diagnostic.range)} ${diagnostic.message}`);
        if (typeof diagnostic.message !== 'string' || diagnostic.message.trim() === '') fail('diagnostic without a message', JSON.stringify(diagnostic));
        // Langium turns an exception inside a check into this message: a fault in Commons.
        if (diagnostic.message.startsWith('An error occurred')) fail('a check threw', diagnostic.message);
        if (/\bundefined\b/.test(diagnostic.message) && !text.includes('undefined')) fail('a message says "undefined"', diagnostic.message);
    }

    const formatted = format(document);
    if (formatted !== text) {
        const solid = (value: string) => value.replace(/\s+/g, '');
        if (solid(formatted) !== solid(text)) fail('formatting changed more than whitespace', firstDifference(solid(text), solid(formatted)));
        const again = await check(formatted);
        if (format(again.document) !== formatted) fail('formatting is not idempotent', 'formatting the formatted draft changed it again');
    }

    let current = text;
    let edits = safeEdits(diagnostics);
    for (let pass = 0; edits.length > 0; pass++) {
        if (pass === 5) fail('fixes do not settle', `after 5 passes there are still ${edits.length} fixes to apply`);
        const { text: fixed, skipped } = applyEdits(current, edits);
        const applied = edits.filter((edit) => !skipped.includes(edit));
        keptOutside(current, fixed, applied);
        current = fixed;
        edits = safeEdits((await check(current)).diagnostics);
    }
}

/** The text outside the edits survives, in order, and each edit replaces at most three words. */
function keptOutside(before: string, after: string, edits: readonly TextEdit[]): void {
    const document = TextDocument.create('memory://draft', 'commons', 0, before);
    const spans = edits.map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), edit }))
        .sort((a, b) => a.start - b.start);
    let from = 0;
    let searchFrom = 0;
    for (const span of [...spans, { start: before.length, end: before.length, edit: undefined }]) {
        const kept = before.slice(from, span.start);
        const found = after.indexOf(kept, searchFrom);
        if (found < 0) fail('a fix lost text outside its edit', JSON.stringify(kept.slice(0, 80)));
        searchFrom = found + kept.length;
        if (span.edit && wordsOf(before.slice(span.start, span.end)).length > 3) {
            fail('a fix replaces more than a few words', JSON.stringify(before.slice(span.start, span.end).slice(0, 80)));
        }
        from = span.end;
    }
}

function firstDifference(a: string, b: string): string {
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    return `after ${JSON.stringify(a.slice(Math.max(0, at - 30), at))}: ${JSON.stringify(a.slice(at, at + 20))} became ${JSON.stringify(b.slice(at, at + 20))}`;
}
