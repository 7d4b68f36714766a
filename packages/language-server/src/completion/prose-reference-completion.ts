import { AstUtils, CstUtils, type AstNodeDescription, type LangiumDocument } from 'langium';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import {
    citationOf, clausePath, declaredName, isClause, isScheduleParagraph, isSection,
    type CitableUnit, type CommonsScopeProvider
} from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { declarationDetail, describeDeclaration } from '../hover/describe.js';

const STRING_TOKENS = new Set(['STRING', 'DEFINED_TERM']);

/** An open bracket being typed inside prose: where its words start and end. */
interface OpenBracket {
    /** Offset just after the `[`. */
    wordsStart: number;
    /** Offset of the end of what a chosen name replaces: the cursor, or past the `]` of a reference the cursor is inside. */
    replaceEnd: number;
}

/** The most choices sent at once; a long Act can offer thousands, and the writer narrows them by typing. */
const MOST_CHOICES = 300;

/**
 * Completion inside prose after `[`: the actors, defined terms and named provisions the draft can
 * see, the sections, parts and schedules it can cite, and the subsections of the section being
 * written. Choosing one writes the name and the closing bracket. In a long Act the list is cut to
 * the closest choices (actors, terms, this section's subsections) until the writer types a few
 * letters, and is marked incomplete so the editor asks again as they type.
 */
export function proseReferenceCompletions(services: CommonsLspServices, document: LangiumDocument, position: Position): { items: CompletionItem[]; isIncomplete: boolean } | undefined {
    const offset = document.textDocument.offsetAt(position);
    const bracket = openBracketAt(document, offset);
    if (!bracket) return undefined;
    const typed = document.textDocument.getText().slice(bracket.wordsStart, offset).trim();
    const range = { start: document.textDocument.positionAt(bracket.wordsStart), end: document.textDocument.positionAt(bracket.replaceEnd) };

    // Gather light candidates first; only those that make the list are turned into full items.
    const candidates: Candidate[] = [];
    const symbols = (services.references.ScopeProvider as CommonsScopeProvider).getSymbolTable(document);
    for (const description of symbols.values()) {
        const party = description.type === 'Actor' || description.type === 'Definition';
        candidates.push({ kind: party ? 'party' : 'provision', description, label: () => labelOf(services, description) });
    }
    for (const citation of citableUnits(services, document, offset)) candidates.push({ kind: citation.nearby ? 'nearby-citation' : 'citation', citation, label: () => citation.label });

    let chosen = candidates;
    let isIncomplete = false;
    if (typed.length > 0) chosen = chosen.filter((candidate) => services.shared.lsp.FuzzyMatcher.match(typed, candidate.label() ?? ''));
    if (chosen.length > MOST_CHOICES) {
        isIncomplete = true;
        // Before any letters are typed, offer what is likeliest: actors, terms and the citations close at hand.
        if (typed.length === 0) chosen = chosen.filter((candidate) => candidate.kind === 'party' || candidate.kind === 'nearby-citation');
        chosen = chosen.slice(0, MOST_CHOICES);
    }
    const items: CompletionItem[] = [];
    for (const candidate of chosen) {
        const label = candidate.label();
        if (!label) continue;
        const edit = { range, newText: `${label}]` };
        if (candidate.kind === 'party' || candidate.kind === 'provision') {
            const node = services.editor.Occurrences.nodeOf(candidate.description)!;
            items.push({
                label,
                kind: node.$type === 'Actor' ? CompletionItemKind.Class : candidate.kind === 'party' ? CompletionItemKind.Constant : CompletionItemKind.Function,
                detail: declarationDetail(node),
                // Actors and terms are few and worth explaining; an Act may name a provision in every section.
                documentation: candidate.kind === 'party' ? { kind: 'markdown', value: describeDeclaration(node, document) } : undefined,
                textEdit: edit,
                sortText: `0${label}`
            });
        } else {
            const { citation } = candidate as Extract<Candidate, { citation: CitationChoice }>;
            items.push({ label, kind: CompletionItemKind.Reference, detail: citation.detail, textEdit: edit, sortText: `${candidate.kind === 'nearby-citation' ? 0 : 1}${label}` });
        }
    }
    return { items, isIncomplete };
}

type Candidate =
    | { kind: 'party' | 'provision'; description: AstNodeDescription; label: () => string | undefined }
    | { kind: 'citation' | 'nearby-citation'; citation: CitationChoice; label: () => string };

function labelOf(services: CommonsLspServices, description: AstNodeDescription): string | undefined {
    const node = services.editor.Occurrences.nodeOf(description);
    return node ? declaredName(node) : undefined;
}

/** The `[` the cursor is typing after, when it is inside prose. */
function openBracketAt(document: LangiumDocument, offset: number): OpenBracket | undefined {
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    const leaf = root && (CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeAtOffset(root, offset - 1));
    let searchFrom: number;
    if (leaf && STRING_TOKENS.has(leaf.tokenType.name) && offset > leaf.offset && offset < leaf.end) {
        searchFrom = leaf.offset;
    } else {
        // A string still being typed has no closing quote, so the lexer gave up on it: fall back to
        // the line, where an odd number of quotes before the cursor means the cursor is in prose.
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const before = text.slice(lineStart, offset).replace(/\\"/g, '');
        if ((before.match(/"/g)?.length ?? 0) % 2 === 0) return undefined;
        searchFrom = lineStart;
    }
    const bracketAt = text.lastIndexOf('[', offset - 1);
    if (bracketAt < searchFrom) return undefined;
    if (/[\]\n"]/.test(text.slice(bracketAt + 1, offset))) return undefined;
    // Inside an existing reference ("[coun|cil]") the whole of it is replaced, closing bracket included.
    const closing = text.indexOf(']', offset);
    const inside = closing !== -1 && !/[[\n"]/.test(text.slice(offset, closing));
    return { wordsStart: bracketAt + 1, replaceEnd: inside ? closing + 1 : offset };
}

interface CitationChoice {
    label: string;
    detail: string;
    /** A subsection of the section being written, or a part or schedule: the likeliest to be cited. */
    nearby: boolean;
}

/** Units worth citing from here: sections, parts and schedules the draft can see, and this section's own subsections. */
function citableUnits(services: CommonsLspServices, document: LangiumDocument, offset: number): CitationChoice[] {
    const nearby: CitationChoice[] = [];
    const root = document.parseResult.value.$cstNode;
    const here = root && CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
    const host = here && AstUtils.getContainerOfType(here, (node): node is CitableUnit => isSection(node) || isScheduleParagraph(node));
    if (host) {
        for (const node of AstUtils.streamAllContents(host)) {
            if (!isClause(node) || isClause(node.$container)) continue;
            nearby.push({ label: `${isSection(host) ? 'subsection' : 'sub-paragraph'} ${clausePath(node)}`, detail: `of ${citationOf(host)} (this one)`, nearby: true });
        }
    }
    return [...nearby, ...unitsTheDraftCanCite(services, document)];
}

/** Unit types worth offering by their full citation (clauses are offered as this section's subsections). */
const CITED_BY_NAME = new Set(['Section', 'Part', 'Schedule', 'ScheduleParagraph', 'SchedulePart']);

const citableByDocument = new WeakMap<object, { citations: object; choices: CitationChoice[] }>();

/**
 * Every section, part and schedule a draft can cite, once per state of the citations it can see
 * (a long Act has thousands, and completion is asked for at every keystroke after a bracket).
 */
function unitsTheDraftCanCite(services: CommonsLspServices, document: LangiumDocument): CitationChoice[] {
    const citations = services.references.ProseReferences.visibleCitations(document);
    const cached = citableByDocument.get(document);
    if (cached && cached.citations === citations) return cached.choices;
    const choices: CitationChoice[] = [];
    const seen = new Set<string>();
    for (const units of citations.values()) {
        for (const unit of units) {
            if (!CITED_BY_NAME.has(unit.$type)) continue;
            const label = citationOf(unit);
            if (!label || seen.has(label)) continue;
            seen.add(label);
            choices.push({ label, detail: titleOf(unit), nearby: unit.$type === 'Part' || unit.$type === 'Schedule' });
        }
    }
    citableByDocument.set(document, { citations, choices });
    return choices;
}

function titleOf(unit: CitableUnit): string {
    return 'title' in unit && unit.title ? unit.title : unit.$type.toLowerCase();
}
