import { GrammarUtils, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { convertStringLiteral, stringContentOffset } from '../parser/commons-value-converter.js';

/** One piece of the draft's own prose: a clause, a note, a definition's meaning, an action. */
export interface ProseFragment {
    /** The node the prose belongs to. */
    readonly node: AstNode;
    /** The property of that node that holds it ("text", "meaning", "notes", ...). */
    readonly property: string;
    /** The prose itself, without quotes. */
    readonly text: string;
    /** Document offset of the first character of `text`. */
    readonly offset: number;
    /** Range of the whole literal, quotes included. */
    readonly range: Range;
    /** True for """block""" literals, where the text is taken verbatim. */
    readonly verbatim: boolean;
}

/**
 * Strings whose words are not the draft's own prose: titles, file paths, names, and the words of
 * other Acts quoted by an amendment. Square brackets there are literal, not references, and
 * lint rules do not judge them.
 */
const NON_PROSE_PROPERTIES: Record<string, ReadonlySet<string>> = {
    Import: new Set(['path']),
    Instrument: new Set(['title']),
    Definitions: new Set(['title']),
    Part: new Set(['title']), Chapter: new Set(['title']), Section: new Set(['title']), CrossHeading: new Set(['title']),
    Schedule: new Set(['title']), SchedulePart: new Set(['title']), ScheduleParagraph: new Set(['title']),
    Definition: new Set(['name']),
    Actor: new Set(['name', 'label']),
    AmendmentOperation: new Set(['target', 'act', 'original', 'replacement', 'anchor', 'inserted', 'omitted']),
    ShortTitle: new Set(['value']), Sponsor: new Set(['value']), Version: new Set(['value']), Amends: new Set(['act']),
    Extent: new Set(['places']),
    PartyRef: new Set(['party'])
};

const PROSE_TOKENS = new Set(['STRING', 'DEFINED_TERM']);

/** Every piece of prose in a document, in document order. */
export function findProseFragments(document: LangiumDocument): ProseFragment[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const fragments: ProseFragment[] = [];
    forEachLeaf(root, (leaf) => {
        if (!PROSE_TOKENS.has(leaf.tokenType.name)) return;
        const property = GrammarUtils.findAssignment(leaf)?.feature;
        const node = leaf.astNode;
        if (!property || NON_PROSE_PROPERTIES[node.$type]?.has(property)) return;
        if (node.$type === 'Definition' && property === 'name') return;
        fragments.push({
            node,
            property,
            text: convertStringLiteral(leaf.text),
            offset: leaf.offset + stringContentOffset(leaf.text),
            range: leaf.range,
            verbatim: leaf.text.startsWith('"""')
        });
    });
    return fragments;
}

// A plain recursive walk: Langium's flattenCst is a generic stream, several times slower over
// the tens of thousands of leaves of a large Act.
function forEachLeaf(node: CstNode, visit: (leaf: LeafCstNode) => void): void {
    if (isCompositeCstNode(node)) for (const child of node.content) forEachLeaf(child, visit);
    else visit(node as LeafCstNode);
}
