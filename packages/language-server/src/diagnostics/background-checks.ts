import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { URI, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { FAULT_CODE } from '../workspace/draft-faults.js';
import { ConfinedFileSystemProvider } from '../workspace/confined-file-system.js';
import type { BackgroundReply, BackgroundRequest } from './background-worker.js';

/**
 * The worker's script: beside this module, in out/diagnostics/ and in the bundle's dist/ alike;
 * the editor extension bundles it as background-worker.mjs beside its server.mjs.
 */
const WORKER = [new URL('./background-worker.js', import.meta.url), new URL('./background-worker.mjs', import.meta.url)]
    .find((url) => existsSync(fileURLToPath(url)));

interface Job {
    text: string;
    worker: Worker;
}

/**
 * Checks large drafts (see BACKGROUND_DRAFT) in a worker thread, one worker per draft, so that
 * the thread answering the editor stays free: a hover in another draft answers at once while a
 * 50 MB draft is being checked. A new version of the draft, closing it or deleting it ends its
 * worker at once (the check is cancelled, and the memory it held goes with the thread). Until the
 * check ends the draft shows one information finding saying that it is being checked.
 */
export class BackgroundChecks {
    private readonly services: CommonsLspServices;
    private readonly jobs = new Map<string, Job>();
    private readonly results = new Map<string, { text: string; diagnostics: Diagnostic[] }>();
    private ruleDocs: string | undefined;

    constructor(services: CommonsLspServices) {
        this.services = services;
    }

    /** Where the rule documentation is, for the findings' links (as RuleDocs.useBase on the main thread). */
    useRuleDocs(base: string): void {
        this.ruleDocs = base;
    }

    /** True while a check of the draft is running. */
    isRunning(uri: string): boolean {
        return this.jobs.has(uri);
    }

    /**
     * The findings of the background check of exactly this text, if it has finished; otherwise
     * starts it (unless it is already running) and returns the finding that says it is under way.
     * When it finishes, the findings are stored on the document and sent to the editor.
     */
    findingsFor(document: LangiumDocument): Diagnostic[] {
        const uri = document.uri.toString();
        const text = document.textDocument.getText();
        const done = this.results.get(uri);
        if (done && done.text === text) return done.diagnostics;
        const running = this.jobs.get(uri);
        if (!running || running.text !== text) this.start(document, uri, text);
        return [this.underWay(uri, text)];
    }

    /** Ends the draft's check, if one runs, and forgets its findings. */
    cancel(uri: string): void {
        const job = this.jobs.get(uri);
        if (job) {
            this.jobs.delete(uri);
            void job.worker.terminate();
        }
        this.results.delete(uri);
    }

    private start(document: LangiumDocument, uri: string, text: string): void {
        this.cancel(uri);
        // The text goes as UTF-8 bytes whose memory moves to the worker: copying a 50 MB string
        // into workerData held this thread for about a second.
        const bytes = new TextEncoder().encode(text);
        const fileSystem = this.services.shared.workspace.FileSystemProvider;
        const request: BackgroundRequest = {
            uri, bytes, config: this.services.lint.LintConfigProvider.configFor(document.uri), ruleDocs: this.ruleDocs,
            // The worker reads imports only where the server may (see ConfinedFileSystemProvider).
            folders: fileSystem instanceof ConfinedFileSystemProvider ? fileSystem.folders.map((folder) => pathToFileURL(folder).toString()) : undefined
        };
        if (!WORKER) {
            this.finish(uri, text, [this.fault(uri, text, 'the background checker is missing from this installation')]);
            return;
        }
        const worker = new Worker(WORKER, { workerData: request, transferList: [bytes.buffer] });
        const job: Job = { text, worker };
        this.jobs.set(uri, job);
        const settle = (diagnostics: Diagnostic[]) => {
            if (this.jobs.get(uri) !== job) return;
            this.jobs.delete(uri);
            void worker.terminate();
            this.finish(uri, text, diagnostics);
        };
        worker.once('message', (reply: BackgroundReply) => settle('diagnostics' in reply
            ? (reply.more > 0 ? [...reply.diagnostics, this.more(uri, reply.diagnostics.length, reply.more)] : reply.diagnostics)
            : [this.fault(uri, text, reply.fault)]));
        worker.once('error', (error) => settle([this.fault(uri, text, `${error.name}: ${error.message}`)]));
        worker.once('exit', (code) => settle([this.fault(uri, text, `the background check stopped with code ${code}`)]));
    }

    private finish(uri: string, text: string, diagnostics: Diagnostic[]): void {
        this.results.set(uri, { text, diagnostics });
        const document = this.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        if (!document || document.textDocument.getText() !== text) return;
        document.diagnostics = diagnostics;
        this.services.editor.Publisher.publishFull(document);
    }

    private underWay(uri: string, text: string): Diagnostic {
        return {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Information,
            code: 'large-draft',
            source: 'commons',
            message: `${fileOf(uri)}, line 1: this draft is large (${megabytes(text)}), so Commons checks it in the background and its findings appear here when the check ends. Hovers, completion and go-to-definition are not offered in a draft this large; splitting it into several files brings them back.`
        };
    }

    private more(uri: string, shown: number, more: number): Diagnostic {
        return {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Information,
            code: 'large-draft',
            source: 'commons',
            message: `${fileOf(uri)}, line 1: the editor shows the first ${shown.toLocaleString('en-GB')} findings in this draft; ${more.toLocaleString('en-GB')} more are not shown. Run "commons check" on the file for the full list.`
        };
    }

    private fault(uri: string, text: string, reason: string): Diagnostic {
        return {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Error,
            code: FAULT_CODE,
            source: 'commons',
            message: `${fileOf(uri)}, line 1: Commons could not check this large draft (${megabytes(text)}): ${reason.slice(0, 300)}. This is a fault in Commons, not a finding about your wording; your other drafts are still checked. Splitting the draft into several files usually avoids it.`
        };
    }
}

function megabytes(text: string): string {
    return `${(text.length / 1_000_000).toFixed(1)} MB`;
}

function fileOf(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
