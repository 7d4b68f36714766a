import type { AstNode, LangiumDocument } from 'langium';
import { walkAst } from '../../../syntax/ast-walk.js';
import type { CommonsServices } from '../../../commons-module.js';
import { isPartyRef, type Definition } from '../../../generated/ast.js';
import { rangeOf } from '../../ranges.js';
import { visibleDocuments } from '../../unit.js';
import type { Rule } from '../../rule.js';
import { Sources } from '../../sources.js';

/** Every declaration referred to anywhere in the files a document can see. */
function referencedDeclarations(services: CommonsServices, document: LangiumDocument): Set<AstNode> {
    const documents = services.shared.workspace.LangiumDocuments;
    const prose = services.references.ProseReferences;
    const used = new Set<AstNode>();
    for (const other of visibleDocuments(services, document)) {
        walkAst(other.parseResult.value, (node) => {
            if (isPartyRef(node) && node.party.ref) used.add(node.party.ref);
        });
        for (const reference of prose.referencesIn(other)) {
            const target = prose.resolve(reference, other);
            if (target?.kind !== 'declaration') continue;
            const targetDocument = documents.getDocument(target.description.documentUri);
            const node = targetDocument && services.workspace.AstNodeLocator.getAstNode(targetDocument.parseResult.value, target.description.path);
            if (node) used.add(node);
        }
    }
    return used;
}

export const unusedDefinition: Rule = {
    meta: {
        id: 'drafting/unused-definition',
        pack: 'drafting',
        defaultSeverity: 'warning',
        description: 'A defined term is never used.',
        rationale: 'A definition that nothing relies on makes readers look for where it matters and may hide a provision '
            + 'that was meant to use it. Every defined term should be used, and every term used as defined should be defined.',
        sources: [Sources.draftingGuidance('Definitions: define only terms that are used, and use them consistently.')],
        examples: {
            bad: [{ code: 'act "Example Act" {\n  "relevant service" means "a service provided to the public"\n  section 1 { "The council must publish a plan." }\n}' }],
            good: [{ code: 'act "Example Act" {\n  "relevant service" means "a service provided to the public"\n  section 1 { "The council must publish a plan for each [relevant service]." }\n}' }]
        },
        messages: {
            unused: '"{{term}}" is defined but never used. Refer to it as [{{term}}] where it applies, or remove the definition.'
        }
    },
    create(context) {
        let used: Set<AstNode> | undefined;
        return {
            Definition(definition: Definition) {
                used ??= referencedDeclarations(context.services, context.document);
                if (used.has(definition)) return;
                context.report({
                    node: definition,
                    range: rangeOf(definition),
                    messageId: 'unused',
                    data: { term: definition.name }
                });
            }
        };
    }
};
