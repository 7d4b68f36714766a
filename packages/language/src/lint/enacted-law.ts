import { URI, type LangiumDocument } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import { isStatus, type Document } from '../generated/ast.js';
import type { Finding } from './rule.js';

/**
 * Whether a file holds the text of enacted law: an instrument with `status enacted`, or a
 * schedule, part or definitions file that an enacted instrument can see. Such words are quoted,
 * not drafted, so a fix to them is offered for the drafter to confirm and never applied
 * unasked (`commons lint --fix` would otherwise rewrite "shall" in a quoted Act).
 */
export function holdsEnactedLaw(services: CommonsServices, document: LangiumDocument<Document>): boolean {
    const own = document.parseResult.value.instrument;
    if (own) return isEnacted(document.parseResult.value);
    const documents = services.shared.workspace.LangiumDocuments;
    for (const uri of services.workspace.ImportGraph.visibleUris(document)) {
        const other = documents.getDocument(URI.parse(uri)) as LangiumDocument<Document> | undefined;
        if (other && isEnacted(other.parseResult.value)) return true;
    }
    return false;
}

function isEnacted(root: Document): boolean {
    return root.instrument?.members.some((member) => isStatus(member) && member.value === 'enacted') ?? false;
}

/** The finding with every fix marked for review. */
export function withFixesForReview(finding: Finding): Finding {
    return finding.fixes.length === 0 ? finding : { ...finding, fixes: finding.fixes.map((fix) => ({ ...fix, needsReview: true })) };
}
