/**
 * Drafts of this many characters or more are treated as large while the writer types: their full
 * check waits for a pause, and their early findings go out without fix data (see
 * DiagnosticsPublisher). Below it a full check is quick enough to run after every keystroke.
 */
export const LARGE_DRAFT = 50_000;
