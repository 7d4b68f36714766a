import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import { forEachReference, walkAst } from '@commons/language';

/**
 * Langium's index of who refers to what (used by find references and rename), built with a plain
 * tree walk. Langium's own version pauses at every node to check for a newer edit, which in a
 * 1 MB Act makes it a pass of some 30 ms that nothing can interrupt; this one takes a few.
 */
export class EditorReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        walkAst(document.parseResult.value, (container) => {
            forEachReference(container, (reference, property, index) => {
                if (!reference.error) descriptions.push(...this.createInfoDescriptions({ reference, container, property, index }));
            });
        });
        return descriptions;
    }
}
