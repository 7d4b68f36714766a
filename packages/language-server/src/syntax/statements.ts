import { GrammarAST, type CstNode } from 'langium';

/**
 * Where a new "statement" of a draft can begin: a member of a part or section, a clause, a
 * provision, or a field inside a provision's braces (`holder ...`, `time-limit ...`). Read from
 * the grammar rather than listed by hand, so new fields are covered without code changes.
 *
 * The formatter indents a line that does not start a statement as a continuation, and
 * completion cuts the text it parses at the last statement start, so both agree on structure.
 */
export function startsStatement(node: CstNode): boolean {
    for (let current: CstNode | undefined = node; current; current = current.container) {
        const verdict = statementVerdict(current.grammarSource);
        if (verdict !== 'rule-start') return verdict === 'yes';
        // The element opens its rule (`right` opens Right): whether it starts a statement depends
        // on the rule call that led here, which the enclosing CST node records, if it starts here too.
        if (!current.container || current.container.offset !== current.offset) return false;
    }
    return false;
}

type Verdict = 'yes' | 'no' | 'rule-start';

function statementVerdict(element: GrammarAST.AbstractElement | undefined): Verdict {
    if (!element) return 'no';
    if (GrammarAST.isKeyword(element) && !/\p{L}/u.test(element.value)) return 'no';
    for (let current: GrammarAST.AbstractElement = element; ;) {
        if (current.cardinality === '*' || current.cardinality === '+') return 'yes';
        const parent: unknown = current.$container;
        if (GrammarAST.isGroup(parent)) {
            if (parent.elements[0] !== current) return 'no';
            current = parent;
        } else if (GrammarAST.isAlternatives(parent) || GrammarAST.isAssignment(parent) || GrammarAST.isUnorderedGroup(parent)) {
            current = parent;
        } else {
            return GrammarAST.isParserRule(parent) ? 'rule-start' : 'no';
        }
    }
}

/**
 * The tokens and elements an AST node is written with. A node reached through rules that only
 * choose between others (SectionItem → Provision → Right) sits under a chain of single CST
 * nodes; its own tokens are at the bottom of the chain.
 */
export function ownContent(node: CstNode | undefined): CstNode[] {
    let current = node as (CstNode & { content?: CstNode[] }) | undefined;
    while (current?.content?.length === 1) {
        const only = current.content[0] as CstNode & { content?: CstNode[] };
        if (!only.content || only.astNode !== current.astNode) break;
        current = only;
    }
    return current?.content ?? [];
}

/** The `{` and `}` tokens that belong to a node itself (not to its children), if it has braces. */
export function bracesOf(node: CstNode | undefined): { open?: CstNode; close?: CstNode } {
    const braces: { open?: CstNode; close?: CstNode } = {};
    for (const child of ownContent(node)) {
        if (!GrammarAST.isKeyword(child.grammarSource)) continue;
        if (child.grammarSource.value === '{' && !braces.open) braces.open = child;
        else if (child.grammarSource.value === '}') braces.close = child;
    }
    return braces;
}
