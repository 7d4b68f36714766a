import type { Diagnostic } from 'vscode-languageserver';

/**
 * The diagnostics last sent to the editor for each draft. Code lenses, hovers and the summary
 * read these, so they show what the writer sees even while a fuller check is still running.
 */
export class PublishedDiagnostics {
    private readonly byUri = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
    private readonly listeners: Array<(uri: string) => void> = [];

    record(uri: string, diagnostics: Diagnostic[], version?: number): void {
        this.byUri.set(uri, { version, diagnostics });
        this.listeners.forEach((listener) => listener(uri));
    }

    forget(uri: string): void {
        this.byUri.delete(uri);
    }

    get(uri: string): Diagnostic[] | undefined {
        return this.byUri.get(uri)?.diagnostics;
    }

    onRecorded(listener: (uri: string) => void): void {
        this.listeners.push(listener);
    }
}
