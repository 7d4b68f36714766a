import { AstUtils, CstUtils, GrammarAST, OperationCancelled, delayNextTick, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import { CancellationToken, type Diagnostic, type Hover, type HoverParams, type Position } from 'vscode-languageserver';
import {
    SHIFTS, citationOf, isPart, isProvision, isSchedule, isScheduleParagraph, isSection, summarizeDraft,
    type Document, type DraftSummaryModel, type LintDiagnosticData, type Rule, type SummarySentence
} from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import type { Occurrence, Occurrences } from '../navigation/occurrences.js';
import { clauseReadingAt } from './clause-reading.js';
import { describeDeclaration, describeUnit } from './describe.js';
import { keywordHelp } from './keyword-help.js';
import { escapeMarkdown, fileNameOf } from './markdown.js';

/**
 * Hovers that explain: a keyword in plain words, what an actor, defined term or provision is
 * (wherever its name is written, [in prose] too), what a citation points at, for a finding,
 * why it matters and where that comes from, and elsewhere over a clause's words, what Commons
 * read in the clause (who acts, the kind of act, the community's part, the four-shift verdicts).
 */
export class CommonsHoverProvider implements HoverProvider {
    private readonly occurrences: Occurrences;
    private readonly rules: ReadonlyMap<string, Rule>;
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        this.services = services;
        this.occurrences = services.editor.Occurrences;
        this.rules = new Map(services.lint.Rules.map((rule) => [rule.meta.id, rule]));
    }

    async getHoverContent(document: LangiumDocument, params: HoverParams, cancelToken = CancellationToken.None): Promise<Hover | undefined> {
        // The pointer moves on and the editor cancels the hover straight after asking: let that
        // cancellation arrive before answering, so a cancelled hover answers "cancelled" (-32800).
        await delayNextTick();
        if (cancelToken.isCancellationRequested) throw OperationCancelled;
        return this.hoverAt(document, params);
    }

    private hoverAt(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const sections: string[] = [];
        const occurrence = this.occurrences.at(document, offset);
        const about = occurrence ? this.describeOccurrence(occurrence, document) : this.describeKeyword(document, offset);
        if (about) sections.push(about);
        const findings = this.explainFindings(document, params.position);
        sections.push(...findings);
        const plain = this.plainWordsAt(document as LangiumDocument<Document>, offset);
        if (plain) sections.push(plain);
        // Over a clause's own words: how Commons read the clause, alone or under the findings it
        // led to, so the drafter sees why a finding came (a [reference] or keyword keeps its own hover).
        const reading = about ? undefined : clauseReadingAt(document, offset);
        if (sections.length === 0) return reading && { contents: { kind: 'markdown', value: reading.value }, range: reading.range };
        if (reading) sections.push(reading.value);
        return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range: occurrence?.range };
    }

    private readonly summaries = new WeakMap<LangiumDocument, { version: number; model: DraftSummaryModel }>();

    /**
     * Over the heading of a part, section, schedule paragraph or provision (the words before its
     * "{"): that unit's plain-language summary, as `commons summarize` writes it.
     */
    private plainWordsAt(document: LangiumDocument<Document>, offset: number): string | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf) return undefined;
        const unit = AstUtils.getContainerOfType(leaf.astNode, (node) => isSection(node) || isScheduleParagraph(node) || isPart(node) || isSchedule(node) || isProvision(node));
        const cst = unit?.$cstNode;
        if (!unit || !cst) return undefined;
        const brace = cst.text.indexOf('{');
        if (brace >= 0 && offset > cst.offset + brace) return undefined;
        const model = this.summaryOf(document);
        const file = model.file;
        const line = cst.range.start.line + 1;
        let sentences: readonly SummarySentence[];
        let heading: string;
        if (isProvision(unit)) {
            const ids = new Set(Object.values(model.sources).filter((source) => source.file === file && source.line === line).map((source) => source.id));
            sentences = model.parts.flatMap((part) => part.sections.flatMap((section) => section.sentences)).filter((sentence) => sentence.sources.some((id) => ids.has(id)));
            heading = 'In plain words';
        } else {
            const citation = citationOf(unit as Parameters<typeof citationOf>[0]) ?? '';
            const part = model.parts.find((candidate) => candidate.citation === citation);
            const section = model.parts.flatMap((candidate) => candidate.sections).find((candidate) => candidate.citation === citation);
            sentences = part ? part.sections.flatMap((candidate) => candidate.sentences) : section?.sentences ?? [];
            heading = `${citation ? `${citation[0].toUpperCase()}${citation.slice(1)}` : 'This part'} in plain words`;
        }
        if (sentences.length === 0) return undefined;
        const shown = sentences.slice(0, 12).map((sentence) => `- ${escapeMarkdown(sentence.text)}`);
        if (sentences.length > 12) shown.push(`- ... and ${sentences.length - 12} more (run \`commons summarize\` for the whole summary)`);
        return `**${escapeMarkdown(heading)}**\n\n${shown.join('\n')}`;
    }

    private summaryOf(document: LangiumDocument<Document>): DraftSummaryModel {
        const cached = this.summaries.get(document);
        if (cached && cached.version === document.textDocument.version) return cached.model;
        const published = this.services.editor.PublishedDiagnostics;
        const model = summarizeDraft({ documents: [document], fileName: (doc) => fileNameOf(doc.uri), diagnostics: (doc) => published.get(doc.uri.toString()) ?? doc.diagnostics ?? [] });
        this.summaries.set(document, { version: document.textDocument.version, model });
        return model;
    }

    private describeOccurrence(occurrence: Occurrence, document: LangiumDocument): string | undefined {
        const target = occurrence.target;
        if (!target) {
            if (occurrence.kind === 'import') return `The file **${escapeMarkdown(occurrence.written)}** cannot be found next to this draft.`;
            return `**${escapeMarkdown(occurrence.written)}** is not declared in this draft or the files it imports.`;
        }
        switch (target.kind) {
            case 'declaration':
                return describeDeclaration(target.node, document);
            case 'units':
                return target.units.map((unit) => describeUnit(unit, document)).join('\n\n');
            case 'file': {
                const imported = this.services.shared.workspace.LangiumDocuments.getDocument(target.uri);
                return imported
                    ? `Brings in **${escapeMarkdown(fileNameOf(target.uri))}**, so this draft can use its actors, defined terms and provisions.`
                    : `The file **${escapeMarkdown(fileNameOf(target.uri))}** cannot be found next to this draft.`;
            }
        }
    }

    private describeKeyword(document: LangiumDocument, offset: number): string | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = [offset, offset - 1].map((at) => (at >= 0 ? CstUtils.findLeafNodeAtOffset(root, at) : undefined)).find(isKeywordLeaf);
        if (!leaf || !GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
        const help = keywordHelp(leaf.grammarSource.value, leaf.astNode.$type);
        if (!help) return undefined;
        const example = help.example ? `\n\n\`\`\`commons\n${help.example}\n\`\`\`` : '';
        return `**${leaf.grammarSource.value}**: ${help.text}${example}`;
    }

    /** Why each lint finding under the cursor matters, with the rule's sources. */
    private explainFindings(document: LangiumDocument, position: Position): string[] {
        const explanations: string[] = [];
        const seen = new Set<string>();
        const shown = this.services.editor.PublishedDiagnostics.get(document.uri.toString()) ?? document.diagnostics ?? [];
        for (const diagnostic of shown) {
            const data = diagnostic.data as Partial<LintDiagnosticData> | undefined;
            const rule = data?.ruleId ? this.rules.get(data.ruleId) : undefined;
            if (!rule || seen.has(rule.meta.id) || !contains(diagnostic, position)) continue;
            seen.add(rule.meta.id);
            explanations.push(explainRule(rule, diagnostic.codeDescription?.href));
        }
        return explanations;
    }
}

function explainRule(rule: Rule, href: string | undefined): string {
    const { meta } = rule;
    const shift = meta.shift ? ` (shift: ${SHIFTS[meta.shift].title.toLowerCase()})` : '';
    const lines = [
        `**Why this matters** — ${escapeMarkdown(meta.id)}${escapeMarkdown(shift)}`,
        escapeMarkdown(meta.rationale),
        ...(meta.sources.length > 0 ? ['Sources:', meta.sources.map((source) => `- ${escapeMarkdown(source.citation)}${source.detail ? `: ${escapeMarkdown(source.detail)}` : ''}`).join('\n')] : []),
        ...(meta.fix ? [`A fix is offered: ${escapeMarkdown(meta.fix)}`] : []),
        ...(href ? [`[Read the rule's page](${href})`] : [])
    ];
    return lines.join('\n\n');
}

/** Elements where a Word keyword is a unit of time ("per year", "12 months"), not a name. */
const UNIT_HOLDERS = new Set(['Amount', 'Allocation', 'Duration']);

function isKeywordLeaf(leaf: LeafCstNode | undefined): leaf is LeafCstNode {
    if (!leaf || leaf.hidden || !GrammarAST.isKeyword(leaf.grammarSource)) return false;
    // Keywords that are also ordinary words are written through the Word rule: "year" as a unit of
    // time still deserves its explanation, but "treasury" as a name or a place in an extent does not.
    const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
    return rule?.name !== 'Word' || UNIT_HOLDERS.has(leaf.astNode.$type);
}

function contains(diagnostic: Diagnostic, position: Position): boolean {
    const { start, end } = diagnostic.range;
    const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character);
    const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character);
    return afterStart && beforeEnd;
}
