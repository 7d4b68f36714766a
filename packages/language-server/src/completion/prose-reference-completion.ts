import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import {
    citationOf, clausePath, declaredName, isClause, isPart, isSchedule, isScheduleParagraph, isSchedulePart, isSection,
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
    const close = ']';
    const items: CompletionItem[] = [];
    const symbols = (services.references.ScopeProvider as CommonsScopeProvider).getSymbolTable(document);
    for (const description of symbols.values()) {
        const node = services.editor.Occurrences.nodeOf(description);
        const name = node && declaredName(node);
        if (!node || !name) continue;
        const party = node.$type === 'Actor' || node.$type === 'Definition';
        items.push({
            label: name,
            kind: node.$type === 'Actor' ? CompletionItemKind.Class : party ? CompletionItemKind.Constant : CompletionItemKind.Function,
            detail: declarationDetail(node),
            // Actors and terms are few and worth explaining; an Act may name a provision in every section.
            documentation: party ? { kind: 'markdown', value: describeDeclaration(node, document) } : undefined,
            textEdit: { range, newText: name + close },
            sortText: `0${name}`
        });
    }
    for (const citation of citableUnits(services, document, offset)) {
        items.push({
            label: citation.label,
            kind: CompletionItemKind.Reference,
            detail: citation.detail,
            textEdit: { range, newText: citation.label + close },
            sortText: `${citation.nearby ? 0 : 1}${citation.label}`
        });
    }
    const matching = typed.length === 0 ? items : items.filter((item) => services.shared.lsp.FuzzyMatcher.match(typed, item.label));
    if (matching.length <= MOST_CHOICES) return { items: matching, isIncomplete: false };
    const closest = typed.length === 0
        ? matching.filter((item) => item.kind !== CompletionItemKind.Function && (item.kind !== CompletionItemKind.Reference || item.sortText!.startsWith('0')))
        : matching.sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    return { items: closest.slice(0, MOST_CHOICES), isIncomplete: true };
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
    const choices: CitationChoice[] = [];
    const seen = new Set<string>();
    const add = (label: string | undefined, detail: string, nearby = false) => {
        if (!label || seen.has(label)) return;
        seen.add(label);
        choices.push({ label, detail, nearby });
    };
    for (const units of services.references.ProseReferences.visibleCitations(document).values()) {
        for (const unit of units) {
            if (isSection(unit) || isPart(unit) || isSchedule(unit) || isScheduleParagraph(unit) || isSchedulePart(unit)) {
                add(citationOf(unit), titleOf(unit), isPart(unit) || isSchedule(unit));
            }
        }
    }
    const root = document.parseResult.value.$cstNode;
    const here = root && CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
    const host = here && AstUtils.getContainerOfType(here, (node): node is CitableUnit => isSection(node) || isScheduleParagraph(node));
    if (host) {
        for (const node of AstUtils.streamAllContents(host)) {
            if (!isClause(node) || isClause(node.$container)) continue;
            const word = isSection(host) ? 'subsection' : 'sub-paragraph';
            add(`${word} ${clausePath(node)}`, `of ${citationOf(host)} (this one)`, true);
        }
    }
    return choices;
}

function titleOf(unit: CitableUnit): string {
    return 'title' in unit && unit.title ? unit.title : unit.$type.toLowerCase();
}
