import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import {
    lintDiagnosticData, rangeContains, startRules, walkAst,
    type CommonsServices, type Document, type Finding, type LintConfig, type Waiver
} from '@commons/language';

/**
 * The lint rules run over one element of a draft, for findings in the moment after a keystroke.
 * The core's Linter walks the whole draft; this walks only the element that changed, with the
 * same rules, options and waivers (passed in, kept in step with the text by EarlyFindings), and
 * keeps only findings inside it. Rules' end-of-draft checks
 * (`done`) need the whole draft, so they are left to the full check that follows.
 */
export function lintUnit(services: CommonsServices, document: LangiumDocument<Document>, unit: AstNode, config: LintConfig, waivers: readonly Waiver[]): Diagnostic[] {
    const { parseResult } = document;
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return [];
    const unitCst = unit.$cstNode;
    if (!unitCst) return [];
    const run = startRules(services, document, config, services.lint.Rules.filter((rule) => rule.meta.pack !== 'waivers'));
    walkAst(unit, run.visit);
    if (run.readsProse) {
        for (const fragment of services.references.ProseReferences.fragmentsIn(document)) {
            if (fragment.offset < unitCst.offset) continue;
            if (fragment.offset >= unitCst.end) break;
            run.prose(fragment);
        }
    }
    const unitRange = unitCst.range;
    return run.findings
        .filter((finding) => rangeContains(unitRange, finding.range))
        .filter((finding) => !waivers.some((waiver) => waiver.reason && waiver.ruleIds.includes(finding.ruleId) && rangeContains(waiver.covers, finding.range)))
        .map((finding) => toDiagnostic(services, finding, config));
}

/** A finding as the validator would report it (see validation/lint.ts in the core). */
function toDiagnostic(services: CommonsServices, finding: Finding, config: LintConfig): Diagnostic {
    const href = services.lint.RuleDocs.hrefFor(finding.docsPath, config);
    const data = lintDiagnosticData(finding);
    return {
        range: finding.range,
        severity: finding.severity === 'error' ? 1 : finding.severity === 'warning' ? 2 : 3,
        message: finding.message,
        code: finding.ruleId,
        codeDescription: href ? { href } : undefined,
        data,
        source: services.LanguageMetaData.languageId
    };
}
