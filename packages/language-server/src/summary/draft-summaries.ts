import type { AstNode, LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import {
    PACK_ORDER, PACK_TITLES, SHIFTS, describeDraft, isClause, isInstrument, isProse, isProvision, isSection, outlineOf, provisionKindLabel,
    summarizeDraft, type Document, type DraftSummaryModel, type LintDiagnosticData, type OutlineEntry
} from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { SHIFT_ORDER, findingsWithin, shiftOf } from '../code-lens/shift-counts.js';
import type { DraftSummary, SummaryFinding, SummaryOutlineEntry } from '../protocol.js';

/**
 * The summary of one draft for the preview: its outline (with the four-shift findings inside each
 * entry), its findings grouped by shift, its other findings by pack, and problems with the draft
 * itself. Built from the findings the writer currently sees.
 */
export class DraftSummaries {
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        this.services = services;
    }

    summaryOf(document: LangiumDocument): DraftSummary {
        const root = document.parseResult.value as Document;
        const diagnostics = [...(this.services.editor.PublishedDiagnostics.get(document.uri.toString()) ?? document.diagnostics ?? [])]
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        const shiftFindings = diagnostics.filter((diagnostic) => shiftOf(diagnostic) !== undefined);
        const lintFindings = diagnostics.filter((diagnostic) => lintData(diagnostic) !== undefined);
        const top = root.instrument ?? root.fragment;
        return {
            uri: document.uri.toString(),
            title: top && isInstrument(top) ? `${top.kind} "${top.title}"` : top ? `${top.$type.toLowerCase()} "${(top as { title?: string }).title ?? ''}"` : 'Empty draft',
            description: describeDraft(root),
            outline: outlineOf(root).map((entry) => outlineEntry(entry, shiftFindings)),
            shifts: SHIFT_ORDER.map((shift) => ({
                shift,
                title: SHIFTS[shift].title,
                from: SHIFTS[shift].from,
                to: SHIFTS[shift].to,
                findings: shiftFindings.filter((diagnostic) => shiftOf(diagnostic) === shift).map(summaryFinding)
            })),
            otherFindings: PACK_ORDER
                .filter((pack) => !(SHIFT_ORDER as readonly string[]).includes(pack))
                .map((pack) => ({ pack, title: PACK_TITLES[pack], findings: lintFindings.filter((diagnostic) => lintData(diagnostic)?.pack === pack).map(summaryFinding) }))
                .filter((group) => group.findings.length > 0),
            languageProblems: diagnostics
                .filter((diagnostic) => lintData(diagnostic) === undefined)
                .sort((a, b) => (a.severity ?? 1) - (b.severity ?? 1))
                .map(summaryFinding),
            plain: this.plainSummaryOf(document as LangiumDocument<Document>)
        };
    }

    /** The plain-language summary `commons summarize` writes, with the schedules and definitions the draft imports. */
    private plainSummaryOf(document: LangiumDocument<Document>): DraftSummaryModel {
        const documents = this.services.shared.workspace.LangiumDocuments;
        const graph = this.services.workspace.ImportGraph;
        const included: Array<LangiumDocument<Document>> = [];
        const seen = new Set([document.uri.toString()]);
        const pending = [document];
        while (pending.length > 0) {
            for (const { uri } of graph.importsOf(pending.shift()!)) {
                const imported = documents.getDocument(uri) as LangiumDocument<Document> | undefined;
                if (!imported || seen.has(uri.toString())) continue;
                seen.add(uri.toString());
                pending.push(imported);
                if (!imported.parseResult.value.instrument) included.push(imported);
            }
        }
        const name = (doc: LangiumDocument) => doc.uri.path.split('/').pop() ?? doc.uri.path;
        const published = this.services.editor.PublishedDiagnostics;
        return summarizeDraft({
            documents: [document, ...included], fileName: name,
            diagnostics: (doc) => published.get(doc.uri.toString()) ?? doc.diagnostics ?? []
        });
    }
}

function outlineEntry(entry: OutlineEntry, shiftFindings: readonly Diagnostic[]): SummaryOutlineEntry {
    const range = entry.node.$cstNode?.range;
    return {
        label: entry.label,
        kind: kindWord(entry.node),
        line: range?.start.line ?? 0,
        findings: range ? findingsWithin(shiftFindings, range.start.line, range.end.line).length : 0,
        children: entry.children.map((child) => outlineEntry(child, shiftFindings))
    };
}

function kindWord(node: AstNode): string {
    if (isInstrument(node)) return node.kind;
    if (isSection(node)) return node.unit;
    if (isClause(node)) return 'clause';
    if (isProse(node)) return 'text';
    if (isProvision(node)) return provisionKindLabel(node);
    const words: Record<string, string> = {
        Part: 'part', Chapter: 'chapter', CrossHeading: 'heading', Schedule: 'schedule', SchedulePart: 'part', ScheduleParagraph: 'paragraph',
        Actor: 'actor', Definition: 'defined term', Definitions: 'definitions', AmendmentOperation: 'amendment'
    };
    return words[node.$type] ?? node.$type.toLowerCase();
}

function lintData(diagnostic: Diagnostic): LintDiagnosticData | undefined {
    const data = diagnostic.data as Partial<LintDiagnosticData> | undefined;
    return data?.ruleId ? data as LintDiagnosticData : undefined;
}

function summaryFinding(diagnostic: Diagnostic): SummaryFinding {
    const severity = diagnostic.severity === DiagnosticSeverity.Warning ? 'warning'
        : diagnostic.severity === DiagnosticSeverity.Information ? 'information'
        : diagnostic.severity === DiagnosticSeverity.Hint ? 'hint' : 'error';
    return {
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        code: typeof diagnostic.code === 'string' ? diagnostic.code : undefined,
        severity,
        line: diagnostic.range.start.line,
        character: diagnostic.range.start.character,
        fixes: lintData(diagnostic)?.fixes.length ?? 0,
        docs: diagnostic.codeDescription?.href
    };
}
