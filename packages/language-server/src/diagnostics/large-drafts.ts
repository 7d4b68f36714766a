/**
 * Drafts of this many characters or more are treated as large while the writer types: their full
 * check waits for a pause, and their early findings go out without fix data (see
 * DiagnosticsPublisher). Below it a full check is quick enough to run after every keystroke.
 */
export const LARGE_DRAFT = 50_000;

/**
 * Drafts of this many characters or more are parsed and checked in a worker thread, off the
 * thread that answers the editor, so a huge draft never holds up hovers and completion in the
 * others (a 50 MB draft takes tens of seconds to check). In such a draft the editor gets its
 * findings, when the background check ends, but no hovers, completion or navigation. A 1 MB Act
 * stays below this: it is parsed in place on every keystroke (IncrementalDocumentFactory).
 */
export const BACKGROUND_DRAFT = 2_000_000;

export function isBackgroundDraft(text: string): boolean {
    return text.length >= BACKGROUND_DRAFT;
}
