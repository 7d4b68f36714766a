import { AstUtils, type AstNode } from 'langium';
import { walkAst } from '../syntax/ast-walk.js';
import {
    isChapter, isClause, isDocument, isPart, isSchedule, isScheduleParagraph, isSchedulePart, isSection,
    type Chapter, type Clause, type Part, type Schedule, type ScheduleParagraph, type SchedulePart, type Section
} from '../generated/ast.js';

/** Units of a draft that can be cited: "Part 2", "section 4(2)(a)", "Schedule 1, paragraph 3". */
export type CitableUnit = Part | Chapter | Section | Clause | Schedule | SchedulePart | ScheduleParagraph;

export function isCitableUnit(node: AstNode): node is CitableUnit {
    return isPart(node) || isChapter(node) || isSection(node) || isClause(node) || isSchedule(node)
        || isSchedulePart(node) || isScheduleParagraph(node);
}

/** How a drafter would cite a unit in prose, or undefined for a unit with no number. */
export function citationOf(node: CitableUnit): string | undefined {
    if (isClause(node)) {
        const host = clauseHost(node);
        const hostCitation = host && citationOf(host);
        return hostCitation === undefined ? undefined : hostCitation + clausePath(node);
    }
    if (isSection(node)) return `${node.unit} ${node.number}`;
    if (isPart(node)) return `Part ${node.number}`;
    if (isChapter(node)) {
        const part = AstUtils.getContainerOfType(node.$container, isPart);
        return part ? `Chapter ${node.number} of Part ${part.number}` : `Chapter ${node.number}`;
    }
    if (isSchedule(node)) return node.number ? `Schedule ${node.number}` : 'the Schedule';
    const schedule = AstUtils.getContainerOfType(node.$container, isSchedule);
    const scheduleCitation = schedule ? citationOf(schedule) : undefined;
    const prefix = scheduleCitation ? `${scheduleCitation}, ` : '';
    if (isSchedulePart(node)) return `${prefix}Part ${node.number}`;
    return `${prefix}paragraph ${node.number}`;
}

/** The citation of the numbered unit a node sits in ("section 3(2)", "Schedule 1, paragraph 2"), or "" outside any. */
export function citationAround(node: AstNode): string {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isCitableUnit(current)) {
            const citation = citationOf(current);
            if (citation !== undefined) return citation;
        }
    }
    return '';
}

/** The section or schedule paragraph a clause belongs to. */
export function clauseHost(clause: Clause): Section | ScheduleParagraph | undefined {
    return AstUtils.getContainerOfType(clause.$container, (n): n is Section | ScheduleParagraph => isSection(n) || isScheduleParagraph(n));
}

/** The markers from the host down to a clause: "(2)(a)". */
export function clausePath(clause: Clause): string {
    const markers: string[] = [];
    let current: AstNode | undefined = clause;
    while (current && isClause(current)) {
        markers.unshift(current.marker);
        current = current.$container;
    }
    return markers.join('');
}

/**
 * The canonical key of a citation, so that "s. 4 (2)", "Section 4(2)" and "section 4(2) of this
 * Act" all find the same subsection, and "paragraph 3 of Schedule 1" finds "Schedule 1, paragraph 3".
 */
export function citationKey(citation: string): string {
    let text = citation.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
    text = text.replace(/\s+of this (act|bill|policy|programme|schedule)$/, '');
    text = text
        .replace(/^(?:ss?\.|sect\.|sec\.)\s*/, 'section ')
        .replace(/^arts?\.\s*/, 'article ')
        .replace(/\bsch\.\s*/g, 'schedule ')
        .replace(/\bparas?\.\s*/g, 'paragraph ')
        .replace(/\bpt\.\s*/g, 'part ');
    const reordered = /^(chapter \S+|paragraph \S+|part \S+) of ((?:part|schedule) \S+)$/.exec(text);
    if (reordered) text = `${reordered[2]} ${reordered[1]}`;
    return text.replace(/\s+\(/g, '(').replace(/\s+/g, ' ').trim();
}

/** Every citable unit in a file, under its citation key. */
export function collectCitations(root: AstNode, into = new Map<string, CitableUnit[]>()): Map<string, CitableUnit[]> {
    if (!isDocument(root)) return into;
    walkAst(root, (node) => {
        if (!isCitableUnit(node)) return;
        const citation = citationOf(node);
        if (citation === undefined) return;
        const key = citationKey(citation);
        const units = into.get(key);
        if (units) units.push(node); else into.set(key, [node]);
    });
    return into;
}

/**
 * Keys a citation may mean when written inside a schedule or part without naming it:
 * "paragraph 2(2)" inside Schedule 1 means "Schedule 1, paragraph 2(2)"; "Chapter 2" inside
 * Part 3 means "Chapter 2 of Part 3".
 */
export function contextualCitationKeys(text: string, from: AstNode): string[] {
    const key = citationKey(text);
    const keys: string[] = [];
    const schedule = AstUtils.getContainerOfType(from, isSchedule);
    const scheduleCitation = schedule && citationOf(schedule);
    if (scheduleCitation && /^(paragraph|part) /.test(key)) keys.push(citationKey(`${scheduleCitation} ${key}`));
    const part = AstUtils.getContainerOfType(from, isPart);
    if (part && /^chapter /.test(key)) keys.push(citationKey(`part ${part.number} ${key}`));
    return keys;
}

/**
 * Resolves a relative citation ("subsection (2)", "paragraph (b)") against the place it is
 * written, returning the absolute key to look up, or undefined if it is not relative. In a
 * section, subsections are the first level of clauses, paragraphs the second and
 * sub-paragraphs the third; in a schedule paragraph, sub-paragraphs are the first level.
 */
export function resolveRelativeCitation(text: string, from: AstNode): string | undefined {
    const match = /^(subsection|sub-section|paragraph|sub-paragraph|subparagraph)\s*((?:\([^)]+\))+)$/i.exec(text.trim());
    if (!match) return undefined;
    const host = AstUtils.getContainerOfType(from, (n): n is Section | ScheduleParagraph => isSection(n) || isScheduleParagraph(n));
    const hostCitation = host && citationOf(host);
    if (!host || !hostCitation) return undefined;
    const kind = match[1].toLowerCase().replace('-', '');
    const depth = isSection(host)
        ? ({ subsection: 0, paragraph: 1, subparagraph: 2 } as Record<string, number>)[kind]
        : ({ subparagraph: 0, paragraph: 1 } as Record<string, number>)[kind];
    if (depth === undefined) return undefined;
    const enclosing = enclosingClauses(from);
    const base = depth === 0 ? hostCitation : (enclosing[depth - 1] ? citationOf(enclosing[depth - 1]) : hostCitation);
    return citationKey(base + match[2].replace(/\s+/g, ''));
}

/** The clauses a node sits in, outermost first. */
function enclosingClauses(node: AstNode): Clause[] {
    const chain: Clause[] = [];
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isClause(current)) chain.unshift(current);
    }
    return chain;
}
