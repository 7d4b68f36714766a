import { CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import { citationAround, isClause, isProse, readClause, readingAsMarkdown } from '@commons/language';

/** Statements a hover shows before it points to `commons explain` for the rest. */
const HOVER_STATEMENTS = 3;
/** About how many characters of each statement a hover quotes. */
const HOVER_QUOTE = 100;

/**
 * What Commons read in the clause under the cursor (who acts, the kind of act, the modal, the
 * community's part, the four-shift verdicts), as Markdown, with the range of the clause's words.
 * Only over a clause's own words or a section's unnumbered prose; elsewhere undefined.
 */
export function clauseReadingAt(document: LangiumDocument, offset: number): { value: string; range: Range } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    if (!leaf || leaf.tokenType.name !== 'STRING') return undefined;
    const node = leaf.astNode;
    const property = GrammarUtils.findAssignment(leaf)?.feature;
    const isClauseWords = isClause(node) ? property === 'text' || property === 'closingWords' : isProse(node) && property === 'text';
    const text = isClauseWords ? (node as unknown as Record<string, unknown>)[property!] : undefined;
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    const citation = citationAround(node);
    const title = `How Commons reads ${citation || 'this clause'}${property === 'closingWords' ? ' (closing words)' : ''}`;
    return { value: readingAsMarkdown(readClause(text), { title, maxStatements: HOVER_STATEMENTS, quoteLimit: HOVER_QUOTE }), range: leaf.range };
}

