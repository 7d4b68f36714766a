import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import {
    IssueCodes, isActor, isAmendmentOperation, isChapter, isClause, isCrossHeading, isDefinition, isDefinitions, isPart, isProse,
    isProvision, isSchedule, isScheduleParagraph, isSection, type Document, type LintDiagnosticData
} from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { fileNameOf } from '../hover/markdown.js';

/** Elements a waiver comment can stand in front of (as lint/waivers.ts reads them). */
function isWaivable(node: AstNode): boolean {
    return isClause(node) || isProse(node) || isProvision(node) || isDefinition(node) || isActor(node) || isAmendmentOperation(node)
        || isSection(node) || isScheduleParagraph(node) || isCrossHeading(node) || isChapter(node) || isPart(node) || isSchedule(node);
}

const CITATION_WORDS = /^(section|s\.|sub-?section|paragraph|sub-paragraph|part|chapter|schedule|sch\.|article)\b/i;

/**
 * Quick fixes: the fixes the lint rules offer (those that change who holds power are marked for
 * review and never preferred), a waiver comment for any finding, for the writer to give the
 * reason, and a definition to fill in for an undefined [term].
 */
export class CommonsCodeActionProvider implements CodeActionProvider {
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        this.services = services;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind))) return [];
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const lint = this.lintDataOf(document, diagnostic);
            if (lint) {
                actions.push(...lint.fixes.map((fix): CodeAction => ({
                    title: fix.needsReview ? `${fix.title} (check the wording before you keep it)` : fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: !fix.needsReview,
                    edit: { changes: { [document.uri.toString()]: fix.edits } }
                })));
                if (lint.pack !== 'waivers') {
                    const waiver = this.waiverAction(document, diagnostic, lint.ruleId);
                    if (waiver) actions.push(waiver);
                }
            } else if (diagnostic.code === IssueCodes.UnresolvedReference) {
                actions.push(...this.defineTermActions(document, diagnostic));
            }
        }
        return actions;
    }

    /** The lint data of a finding: from the request, or from the server's own copy when the editor did not send it back. */
    private lintDataOf(document: LangiumDocument, diagnostic: Diagnostic): LintDiagnosticData | undefined {
        const sent = diagnostic.data as Partial<LintDiagnosticData> | undefined;
        if (sent?.ruleId && Array.isArray(sent.fixes)) return sent as LintDiagnosticData;
        const kept = this.services.editor.PublishedDiagnostics.get(document.uri.toString()) ?? document.diagnostics ?? [];
        const own = kept.find((candidate) => candidate.code === diagnostic.code && candidate.message === diagnostic.message
            && candidate.range.start.line === diagnostic.range.start.line && candidate.range.start.character === diagnostic.range.start.character);
        const data = own?.data as Partial<LintDiagnosticData> | undefined;
        return data?.ruleId && Array.isArray(data.fixes) ? data as LintDiagnosticData : undefined;
    }

    /** `// commons-ignore rule/id -- ` on the line before the element the finding is in. */
    private waiverAction(document: LangiumDocument, diagnostic: Diagnostic, ruleId: string): CodeAction | undefined {
        const element = this.waivableElementAt(document, diagnostic);
        const start = element?.$cstNode?.range.start;
        if (!element || !start) return undefined;
        const text = document.textDocument.getText();
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const lineStart = document.textDocument.offsetAt({ line: start.line, character: 0 });
        const before = text.slice(lineStart, document.textDocument.offsetAt(start));
        const indent = /^\s*/.exec(before)![0];
        const comment = `// commons-ignore ${ruleId} -- `;
        // A waiver covers the element after it; if something else comes first on the line, the element moves to a line of its own.
        const edit: TextEdit = before.trim().length === 0
            ? { range: { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } }, newText: `${indent}${comment}${eol}` }
            : { range: { start, end: start }, newText: `${eol}${indent}${comment}${eol}${indent}` };
        return {
            title: `Waive ${ruleId} here, with a reason (write it after "--")`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: false,
            edit: { changes: { [document.uri.toString()]: [edit] } }
        };
    }

    private waivableElementAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset);
        for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
            if (isWaivable(node) && node.$cstNode && node.$cstNode.offset <= offset) return node;
        }
        return undefined;
    }

    /** `"term" means ""` in this draft, and in each shared definitions file it imports. */
    private defineTermActions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const term = (diagnostic.data as { text?: string } | undefined)?.text ?? document.textDocument.getText(diagnostic.range).replace(/^\[|\]$/g, '');
        if (!term || CITATION_WORDS.test(term)) return [];
        const actions: CodeAction[] = [];
        const here = this.definitionEdit(document, term);
        if (here) actions.push(defineAction(`Define "${term}" in this draft`, document, here, diagnostic));
        for (const { uri } of this.services.workspace.ImportGraph.importsOf(document)) {
            const imported = this.services.shared.workspace.LangiumDocuments.getDocument(uri);
            if (!imported || !isDefinitions((imported.parseResult.value as Document).fragment)) continue;
            const there = this.definitionEdit(imported, term);
            if (there) actions.push(defineAction(`Define "${term}" in ${fileNameOf(uri)}`, imported, there, diagnostic));
        }
        return actions;
    }

    /** Where a new definition goes: after the last actor or definition at the top of the draft, else after its opening lines. */
    private definitionEdit(document: LangiumDocument, term: string): TextEdit | undefined {
        const root = document.parseResult.value as Document;
        const top = root.instrument ?? root.fragment;
        const topCst = top?.$cstNode;
        if (!top || !topCst) return undefined;
        const members = (top as { members?: AstNode[] }).members ?? [];
        // Definitions sit together after the title lines (metadata, purpose, ethos), which are not waivable elements.
        const anchor = [...members].reverse().find((member) => isActor(member) || isDefinition(member))
            ?? [...members].reverse().find((member) => !isWaivable(member));
        const text = document.textDocument.getText();
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const escaped = term.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
        if (anchor?.$cstNode) {
            const indent = indentOf(document, anchor);
            const at = anchor.$cstNode.range.end;
            return { range: { start: at, end: at }, newText: `${eol}${indent}"${escaped}" means ""` };
        }
        const brace = CstUtils.flattenCst(topCst).find((leaf) => leaf.text === '{');
        if (!brace) return undefined;
        const indent = `${indentOf(document, top)}  `;
        return { range: { start: brace.range.end, end: brace.range.end }, newText: `${eol}${indent}"${escaped}" means ""` };
    }
}

function defineAction(title: string, document: LangiumDocument, edit: TextEdit, diagnostic: Diagnostic): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: false, edit: { changes: { [document.uri.toString()]: [edit] } } };
}

function indentOf(document: LangiumDocument, node: AstNode): string {
    const start = node.$cstNode!.range.start;
    const line = document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
    return /^\s*/.exec(line)![0];
}
