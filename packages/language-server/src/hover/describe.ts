import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import {
    citationOf, declaredName, isActor, isCitableUnit, isClause, isDefinition, isProvision, provisionKindLabel,
    type CitableUnit, type PartyRef
} from '@commons/language';
import { keywordHelp } from './keyword-help.js';
import { escapeMarkdown, excerpt, fileNameOf } from './markdown.js';

/** A short label for a declaration, for completion lists and symbol details: "actor: local authority". */
export function declarationDetail(node: AstNode): string {
    if (isActor(node)) return `actor: ${kindWords(node.kind)}`;
    if (isDefinition(node)) return 'defined term';
    if (isProvision(node)) return provisionKindLabel(node);
    return 'declaration';
}

/** What a declaration is, in plain words, as Markdown: what it means and where it is declared. */
export function describeDeclaration(node: AstNode, from: LangiumDocument): string {
    const name = declaredName(node) ?? '';
    const lines: string[] = [];
    if (isActor(node)) {
        const label = node.label ? `, "${escapeMarkdown(node.label)}"` : '';
        lines.push(`**${escapeMarkdown(name)}** is an actor: ${article(kindWords(node.kind))} ${kindWords(node.kind)}${label}.`);
        // The kind's own help says what such a body is and which side of the fourth shift the checks put it on.
        const help = keywordHelp(node.kind);
        if (help) lines.push(`${capitalise(article(kindWords(node.kind)))} ${kindWords(node.kind)} is ${help.text.replace(/^Actor kind: /, '')}`);
    } else if (isDefinition(node)) {
        lines.push(`**"${escapeMarkdown(name)}"** is a defined term.`);
        if (node.meaning !== undefined) lines.push(`It means: ${escapeMarkdown(excerpt(node.meaning, 400))}`);
        if (node.inclusion !== undefined) lines.push(`${node.meaning !== undefined ? 'It also includes' : 'It includes, as well as its ordinary meaning'}: ${escapeMarkdown(excerpt(node.inclusion, 400))}`);
    } else if (isProvision(node)) {
        const place = AstUtils.getContainerOfType(node.$container, isCitableUnit);
        const where = place ? ` in ${escapeMarkdown(citationOf(place) ?? '')}` : '';
        lines.push(`**${escapeMarkdown(name)}** is ${article(provisionKindLabel(node))} ${provisionKindLabel(node)}${where}.`);
        const roles = rolesOf(node);
        if (roles) lines.push(roles);
    } else {
        lines.push(`**${escapeMarkdown(name)}**`);
    }
    lines.push(whereDeclared(node, from));
    return lines.filter(Boolean).join('\n\n');
}

/** A cited unit of a draft ("section 3(2)"), with its opening words. */
export function describeUnit(unit: CitableUnit, from: LangiumDocument): string {
    const citation = citationOf(unit) ?? unit.$type;
    const words = isClause(unit) ? unit.text : 'title' in unit ? unit.title : undefined;
    const heading = `**${escapeMarkdown(citation)}**${words ? `: ${escapeMarkdown(excerpt(words))}` : ''}`;
    return [heading, whereDeclared(unit, from)].join('\n\n');
}

function whereDeclared(node: AstNode, from: LangiumDocument): string {
    const document = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    return document.uri.toString() === from.uri.toString()
        ? `Written on line ${line} of this draft.`
        : `Written in ${escapeMarkdown(fileNameOf(document.uri))}, line ${line}.`;
}

function rolesOf(node: AstNode): string {
    const roles: Array<[string, PartyRef[] | undefined]> = [
        ['Held by', (node as { holders?: PartyRef[] }).holders],
        ['Owed by', (node as { dutyBearers?: PartyRef[] }).dutyBearers],
        ['Carried by', (node as { bearers?: PartyRef[] }).bearers],
        ['Devolved to', (node as { devolvedTo?: PartyRef[] }).devolvedTo],
        ['Decided by', (node as { deciders?: PartyRef[] }).deciders],
        ['Governed by', (node as { governors?: PartyRef[] }).governors]
    ];
    return roles
        .filter(([, refs]) => refs && refs.length > 0)
        .map(([role, refs]) => `${role} ${refs!.map((ref) => escapeMarkdown(ref.party.ref ? declaredName(ref.party.ref) ?? ref.party.$refText : ref.party.$refText)).join(', ')}.`)
        .join(' ');
}

/** An actor kind as words: "local-authority" reads "local authority". */
export function kindWords(kind: string): string {
    return kind.replace(/-/g, ' ');
}

function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

function article(words: string): string {
    return /^[aeiou]/i.test(words) ? 'an' : 'a';
}
