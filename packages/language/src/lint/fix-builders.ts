import { CstUtils, type AstNode } from 'langium';
import { isActor, isDefinition } from '../generated/ast.js';
import type { CommonsScopeProvider } from '../references/commons-scope-provider.js';
import { sideOf } from './parties.js';
import type { Fix, RuleContext } from './rule.js';

/**
 * Building blocks for fixes that add or change structure. They never touch prose, and every
 * fix built here is marked for review: it changes who holds power, so the drafter confirms it.
 */

/** How the draft refers to a community body it declares (forum, [community body]), or undefined if it declares none. */
export function communityParty(context: RuleContext): string | undefined {
    const scope = context.services.references.ScopeProvider as CommonsScopeProvider;
    const candidates = [...scope.getSymbolTable(context.document).values()]
        .map((description) => description.node)
        .filter((node): node is AstNode => node !== undefined && (isActor(node) || isDefinition(node)) && sideOf(node) === 'community');
    const preferred = candidates.find((node) => isActor(node) && ['neighbourhood-forum', 'community-body'].includes(node.kind)) ?? candidates[0];
    if (!preferred || !(isActor(preferred) || isDefinition(preferred))) return undefined;
    return /^[A-Za-z_][\w-]*$/.test(preferred.name) ? preferred.name : `[${preferred.name}]`;
}

/** The indentation of the line a node starts on. */
function indentOf(context: RuleContext, node: AstNode): string {
    const start = node.$cstNode!.range.start;
    const line = context.document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
    return /^\s*/.exec(line)![0];
}

/** Adds a line inside a provision's braces, after its last field. */
export function addField(context: RuleContext, node: AstNode, field: string, title: string): Fix | undefined {
    const leaves = node.$cstNode ? [...CstUtils.flattenCst(node.$cstNode)].filter((leaf) => !leaf.hidden) : [];
    const closing = leaves.at(-1);
    const lastField = leaves.at(-2);
    if (!closing || closing.text !== '}' || !lastField) return undefined;
    const at = lastField.range.end;
    return { title, needsReview: true, edits: [{ range: { start: at, end: at }, newText: `\n${indentOf(context, node)}  ${field}` }] };
}

/** Adds a line after a node, at the same indentation. */
export function addAfter(context: RuleContext, node: AstNode, text: string, title: string): Fix {
    const at = node.$cstNode!.range.end;
    return { title, needsReview: true, edits: [{ range: { start: at, end: at }, newText: `\n${indentOf(context, node)}${text}` }] };
}
