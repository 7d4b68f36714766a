import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import type { Document } from '../generated/ast.js';
import type { Finding } from '../lint/rule.js';

/** The diagnostic data a lint finding carries, so front ends can show sources and apply fixes. */
export interface LintDiagnosticData {
    ruleId: string;
    /** Which of the rule's messages the diagnostic's message is (a key of the rule's `meta.messages`). */
    messageId: string;
    /** The values that filled the message's placeholders. */
    messageData: Finding['messageData'];
    pack: Finding['pack'];
    shift?: Finding['shift'];
    docsPath: string;
    fixes: Finding['fixes'];
}

/** What a lint diagnostic carries of its finding. */
export function lintDiagnosticData(finding: Finding): LintDiagnosticData {
    return {
        ruleId: finding.ruleId, messageId: finding.messageId, messageData: finding.messageData,
        pack: finding.pack, shift: finding.shift, docsPath: finding.docsPath, fixes: finding.fixes
    };
}

/** Runs the four-shift linter as part of validation, so every front end gets its findings. */
export function checkLint(services: CommonsServices) {
    const { Linter, LintConfigProvider, RuleDocs } = services.lint;
    return (root: Document, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(root) as LangiumDocument<Document>;
        const config = LintConfigProvider.configFor(document.uri);
        for (const finding of Linter.lint(document, config)) {
            const href = finding.docsPath ? RuleDocs.hrefFor(finding.docsPath, config) : undefined;
            const data = lintDiagnosticData(finding);
            accept(finding.severity === 'info' ? 'info' : finding.severity, finding.message, {
                node: root, range: finding.range, code: finding.ruleId, codeDescription: href ? { href } : undefined, data
            });
        }
    };
}
