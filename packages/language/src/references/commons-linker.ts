import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { nameVariants, nearestName } from '../names.js';

/**
 * Resolves "community bodies" or "council's" to the declared "community body" or "council",
 * and explains a failed reference in a drafter's words.
 */
export class CommonsLinker extends DefaultLinker {
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const scope = this.scopeProvider.getScope(refInfo);
        for (const variant of nameVariants(refInfo.reference.$refText)) {
            const found = scope.getElement(variant);
            if (found) return found;
        }
        return this.createLinkingError(refInfo);
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const written = refInfo.reference.$refNode?.text ?? refInfo.reference.$refText;
        const suggestion = nearestName(written, this.scopeProvider.getScope(refInfo).getAllElements().map((element) => element.name));
        if (suggestion) {
            return {
                info: refInfo,
                message: `Nothing called ${written} is declared in this draft or the files it imports. Did you mean ${suggestion}? `
                    + `Correct the spelling, or declare ${written} as an actor or define it as a term.`,
                targetDescription
            };
        }
        return {
            info: refInfo,
            message: `Nothing called ${written} is declared in this draft or the files it imports. `
                + `Declare it as an actor (for example: actor council: local-authority "the local authority") `
                + `or define it as a term (for example: "community body" means "..."), or correct the spelling.`,
            targetDescription
        };
    }
}
