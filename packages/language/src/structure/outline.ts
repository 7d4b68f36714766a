import type { AstNode } from 'langium';
import {
    isActor, isAmendmentOperation, isChapter, isClause, isCrossHeading, isDefinition, isDefinitions, isInstrument, isPart,
    isProse, isSchedule, isScheduleParagraph, isSchedulePart, isSection,
    isCommencement, isReview, isSunset,
    type Commencement, type Document, type Duration, type PartyRef, type Provision, type Review, type Sunset
} from '../generated/ast.js';
import { isProvision } from '../generated/ast.js';
import { citationOf } from './citations.js';
import { provisionKindLabel } from './provisions.js';

/** One line of a draft's outline: what a reader sees in a table of contents. */
export interface OutlineEntry {
    label: string;
    node: AstNode;
    children: OutlineEntry[];
}

/**
 * The outline of a file: instrument, parts, chapters, cross-headings, sections, schedules,
 * clauses and the provisions they carry. Shared by the CLI report, document symbols and the
 * summary preview, so every view shows the same structure.
 */
export function outlineOf(document: Document): OutlineEntry[] {
    const top = document.instrument ?? document.fragment;
    return top ? [entryFor(top)].filter(isEntry) : [];
}

/** The outline as indented text, two spaces a level. */
export function outlineText(document: Document): string {
    const lines: string[] = [];
    const write = (entries: OutlineEntry[], depth: number) => {
        for (const entry of entries) {
            lines.push('  '.repeat(depth) + entry.label);
            write(entry.children, depth + 1);
        }
    };
    write(outlineOf(document), 0);
    return lines.join('\n') + '\n';
}

function isEntry(entry: OutlineEntry | undefined): entry is OutlineEntry {
    return entry !== undefined;
}

function entryFor(node: AstNode): OutlineEntry | undefined {
    if (!isOutlined(node)) return undefined;
    return { label: labelOf(node), node, children: childrenOf(node).map(entryFor).filter(isEntry) };
}

/** The nodes an outline shows, in outline order, without building their labels. */
function forEachOutlined(node: AstNode, visit: (node: AstNode) => void): void {
    if (!isOutlined(node)) return;
    visit(node);
    for (const child of childrenOf(node)) forEachOutlined(child, visit);
}

function isOutlined(node: AstNode): boolean {
    return isInstrument(node) || isDefinitions(node) || isCrossHeading(node) || isClause(node) || isPart(node) || isChapter(node)
        || isSection(node) || isSchedule(node) || isSchedulePart(node) || isScheduleParagraph(node) || isActor(node)
        || isDefinition(node) || isAmendmentOperation(node) || isProse(node) || isProvision(node);
}

function childrenOf(node: AstNode): AstNode[] {
    if (isInstrument(node) || isPart(node) || isChapter(node) || isCrossHeading(node) || isSchedule(node)
        || isSchedulePart(node) || isDefinitions(node)) {
        return node.members;
    }
    if (isSection(node) || isScheduleParagraph(node) || isClause(node)) return node.items;
    return [];
}

/** The label of a node that `isOutlined` accepts. */
function labelOf(node: AstNode): string {
    if (isInstrument(node)) return `${node.kind} "${node.title}"`;
    if (isDefinitions(node)) return `definitions "${node.title}"`;
    if (isCrossHeading(node)) return `heading "${node.title}"`;
    if (isClause(node)) return node.text !== undefined ? `${node.marker} ${excerpt(node.text)}` : node.marker;
    if (isPart(node) || isChapter(node) || isSection(node) || isSchedule(node) || isSchedulePart(node) || isScheduleParagraph(node)) {
        const citation = (isSection(node) || isPart(node) || isSchedule(node) ? citationOf(node) : undefined)
            ?? `${isChapter(node) ? 'Chapter' : isSchedulePart(node) ? 'Part' : 'paragraph'} ${node.number}`;
        return node.title ? `${citation} "${node.title}"` : citation;
    }
    if (isActor(node)) return `actor ${node.name}: ${node.kind}`;
    if (isDefinition(node)) return `term "${node.name}" (${node.meaning !== undefined ? 'means' : 'includes'})`;
    if (isAmendmentOperation(node)) return `amendment in ${node.target}${node.act ? ` of ${node.act}` : ''}`;
    if (isProse(node)) return excerpt(node.text);
    return provisionLabel(node as Provision);
}

function provisionLabel(node: Provision): string {
    if (isCommencement(node) || isSunset(node) || isReview(node)) return `${provisionKindLabel(node)} ${whenOf(node)}`.trim();
    const name = 'name' in node && node.name ? ` ${node.name}` : '';
    const parties = partiesOf(node);
    return `${provisionKindLabel(node)}${name}${parties ? ` (${parties})` : ''}`;
}

/** The parties a provision names, role by role: "holder community body; duty-bearer council". */
function partiesOf(node: Provision): string {
    const roles: Array<[string, PartyRef[] | undefined]> = [
        ['holder', (node as { holders?: PartyRef[] }).holders],
        ['duty-bearer', (node as { dutyBearers?: PartyRef[] }).dutyBearers],
        ['bearer', (node as { bearers?: PartyRef[] }).bearers],
        ['devolved to', (node as { devolvedTo?: PartyRef[] }).devolvedTo],
        ['decided by', (node as { deciders?: PartyRef[] }).deciders],
        ['governed by', (node as { governors?: PartyRef[] }).governors]
    ];
    return roles
        .filter(([, refs]) => refs && refs.length > 0)
        .map(([role, refs]) => `${role} ${refs!.map((ref) => ref.party.ref?.name ?? ref.party.$refText).join(', ')}`)
        .join('; ');
}

function whenOf(node: Commencement | Sunset | Review): string {
    const duration = (d: Duration | undefined) => (d ? `${d.value} ${d.unit}` : undefined);
    if (isReview(node)) return node.every ? `every ${duration(node.every)}` : `after ${duration(node.after)}`;
    if (node.date) return `on ${node.date}`;
    if (node.delay) return `after ${duration(node.delay)}`;
    return isCommencement(node) && node.byRegulations ? 'by regulations' : '';
}

// Only the opening words are shown, so only they are tidied: a clause can run to pages.
const EXCERPT_SOURCE = 240;

function excerpt(text: string): string {
    let flat = text.trimStart().slice(0, EXCERPT_SOURCE).replace(/\s+/g, ' ').trim();
    if (flat.length <= 60 && text.length > EXCERPT_SOURCE) flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/**
 * One line describing what a file holds: "act, draft: 3 parts, 12 sections, 4 rights, 1 budget".
 */
export function describeDraft(document: Document): string {
    const top = document.instrument ?? document.fragment;
    if (!top) return 'empty file';
    const counts = new Map<string, number>();
    const count = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
    forEachOutlined(top, (node) => {
        const word = countedWord(node);
        if (word) count(word);
    });
    const kind = isInstrument(top) ? top.kind : isDefinitions(top) ? 'definitions' : isSchedule(top) ? 'schedule' : 'part';
    const status = isInstrument(top) ? top.members.find((m) => m.$type === 'Status') : undefined;
    const parts = [...counts].map(([word, n]) => `${n} ${n === 1 ? word : plural(word)}`);
    return `${kind}${status ? `, ${(status as { value: string }).value}` : ''}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function countedWord(node: AstNode): string | undefined {
    if (isPart(node)) return 'part';
    if (isSection(node)) return 'section';
    if (isSchedule(node)) return 'schedule';
    if (isDefinition(node)) return 'defined term';
    if (isActor(node)) return 'actor';
    if (isAmendmentOperation(node)) return 'amendment';
    if (isProvision(node)) return provisionKindLabel(node);
    return undefined;
}

function plural(word: string): string {
    if (word === 'evaluation' || word.endsWith('y') && !word.endsWith('ey')) return word.endsWith('y') ? word.slice(0, -1) + 'ies' : word + 's';
    return word + 's';
}
