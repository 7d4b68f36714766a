import { AstUtils, type ValidationAcceptor } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { Document } from '../generated/ast.js';
import { IssueCodes } from './codes.js';
import { nearestName } from '../names.js';

/** Every [bracketed reference] in prose must name a declared term, actor or provision. */
export function checkProseReferences(services: CommonsServices) {
    const proseReferences = services.references.ProseReferences;
    return (root: Document, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(root);
        for (const reference of proseReferences.referencesIn(document)) {
            if (proseReferences.resolve(reference, document)) continue;
            const suggestion = nearestName(reference.text, proseReferences.declaredNames(document));
            accept('error', unresolvedMessage(reference.text, suggestion), { node: reference.container, range: reference.range, code: IssueCodes.UnresolvedReference, data: { text: reference.text } });
        }
    };
}

function unresolvedMessage(text: string, suggestion: string | undefined): string {
    if (suggestion) {
        return `[${text}] is not a defined term, actor or named provision in this draft or the files it imports. `
            + `Did you mean [${suggestion}]? Correct the spelling, define it, or remove the brackets.`;
    }
    const looksLikeCitation = /^(section|s\.|sub-?section|paragraph|sub-paragraph|part|chapter|schedule|sch\.)\b/i.test(text);
    if (looksLikeCitation) {
        return `[${text}] points at a provision that does not exist in this draft or the files it imports. `
            + 'Check the number, or remove the brackets if it cites another Act.';
    }
    return `[${text}] is not a defined term, actor or named provision in this draft or the files it imports. `
        + `Define it (for example: "${text}" means "..."), declare it as an actor, or remove the brackets.`;
}
