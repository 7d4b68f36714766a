import { randomBytes } from 'node:crypto';
import {
    Disposable, Range, Selection, TextEditorRevealType, Uri, ViewColumn, languages, window, workspace,
    type TextDocument, type WebviewPanel
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DraftSummary, DraftSummaryParams } from '@commons/language-server';
import { renderMessage, renderSummary, summaryPage } from './summary-html.js';

const SUMMARY_REQUEST = 'commons/summary';
/** How long the preview waits after a keystroke before asking for a fresh summary. */
const REFRESH_DELAY_MILLISECONDS = 250;

/**
 * "Commons: Open plain-language summary to the side": a preview beside the editor that follows
 * the Commons draft being edited, as the Markdown preview does, showing its outline and its
 * findings by shift. It refreshes when the draft changes or its findings arrive.
 */
export class SummaryPanel implements Disposable {
    private panel: WebviewPanel | undefined;
    private shown: Uri | undefined;
    private refreshTimer: NodeJS.Timeout | undefined;
    private readonly subscriptions: Disposable[] = [];

    constructor(private readonly client: LanguageClient) {
        this.subscriptions.push(
            languages.onDidChangeDiagnostics((event) => {
                if (this.shown && event.uris.some((uri) => uri.toString() === this.shown!.toString())) this.scheduleRefresh();
            }),
            workspace.onDidChangeTextDocument((event) => {
                if (this.shown && event.document.uri.toString() === this.shown.toString()) this.scheduleRefresh();
            }),
            window.onDidChangeActiveTextEditor((editor) => {
                if (this.panel && editor && isCommons(editor.document) && editor.document.uri.toString() !== this.shown?.toString()) {
                    this.follow(editor.document.uri);
                }
            })
        );
    }

    openBeside(): void {
        const editor = window.activeTextEditor;
        const document = editor && isCommons(editor.document) ? editor.document : undefined;
        if (!document) {
            void window.showInformationMessage('Open a Commons draft (a .commons file) first, then open its summary.');
            return;
        }
        if (!this.panel) {
            this.panel = window.createWebviewPanel('commons.summary', 'Commons summary', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
                enableScripts: true,
                enableFindWidget: true,
                localResourceRoots: []
            });
            const nonce = randomBytes(16).toString('base64');
            this.panel.webview.html = summaryPage(nonce, renderMessage('Reading the draft…'));
            this.panel.webview.onDidReceiveMessage((message: { type?: string; line?: number; character?: number }) => this.reveal(message), undefined, this.subscriptions);
            this.panel.onDidDispose(() => {
                this.panel = undefined;
                this.shown = undefined;
            }, undefined, this.subscriptions);
        } else {
            this.panel.reveal(ViewColumn.Beside, true);
        }
        this.follow(document.uri);
    }

    dispose(): void {
        clearTimeout(this.refreshTimer);
        this.panel?.dispose();
        this.subscriptions.forEach((subscription) => subscription.dispose());
    }

    private follow(uri: Uri): void {
        this.shown = uri;
        if (this.panel) this.panel.title = `Summary: ${uri.path.split('/').pop()}`;
        void this.refresh();
    }

    private scheduleRefresh(): void {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MILLISECONDS);
    }

    private async refresh(): Promise<void> {
        const uri = this.shown;
        if (!uri || !this.panel) return;
        let html: string;
        try {
            const params: DraftSummaryParams = { textDocument: { uri: uri.toString() } };
            const summary = await this.client.sendRequest<DraftSummary | null>(SUMMARY_REQUEST, params);
            html = summary ? renderSummary(summary) : renderMessage('This file is not a Commons draft the language server knows about.');
        } catch {
            html = renderMessage('The summary could not be made just now; it will update when the draft next changes.');
        }
        if (this.shown?.toString() === uri.toString()) void this.panel?.webview.postMessage({ type: 'render', html });
    }

    private async reveal(message: { type?: string; line?: number; character?: number }): Promise<void> {
        if (message.type !== 'reveal' || !this.shown || typeof message.line !== 'number') return;
        const document = await workspace.openTextDocument(this.shown);
        const visible = window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.shown!.toString());
        const editor = await window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? ViewColumn.One, preserveFocus: false });
        const position = document.validatePosition(new Range(message.line, message.character ?? 0, message.line, message.character ?? 0).start);
        editor.selection = new Selection(position, position);
        editor.revealRange(new Range(position, position), TextEditorRevealType.InCenterIfOutsideViewport);
    }
}

function isCommons(document: TextDocument): boolean {
    return document.languageId === 'commons';
}
