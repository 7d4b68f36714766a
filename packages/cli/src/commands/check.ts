import { URI } from 'langium';
import { createCommonsServices, describeDraft, loadDrafts, type Document } from '@commons/language';
import { collectDraftFiles } from '../draft-files.js';
import { StrictNodeFileSystemProvider } from '../strict-file-system.js';
import type { FileResult } from '../report.js';

/**
 * Checks drafts against the language's own rules (well-formed, references resolve, numbering
 * in order) and returns a result per file, including files the drafts import.
 */
export async function checkDrafts(paths: string[]): Promise<FileResult[]> {
    const files = await collectDraftFiles(paths);
    const { shared, Commons } = createCommonsServices({ fileSystemProvider: () => new StrictNodeFileSystemProvider() });
    const documents = await loadDrafts(shared, Commons, files.map((file) => URI.file(file)));
    return documents
        .map((document) => ({
            path: document.uri.fsPath,
            description: describeDraft(document.parseResult.value as Document),
            diagnostics: document.diagnostics ?? []
        }))
        .sort((a, b) => a.path.localeCompare(b.path));
}
