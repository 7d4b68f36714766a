import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import {
    rangeContains, ruleDocsPath,
    type CommonsServices, type Document, type Finding, type FindingReport, type LintConfig, type LintDiagnosticData, type Rule, type RuleContext, type RuleVisitors, type Waiver
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
    const findings: Finding[] = [];
    const rules = services.lint.Rules.filter((rule) => rule.meta.pack !== 'waivers' && (config.rules.get(rule.meta.id)?.severity ?? 'off') !== 'off');
    const visitors: RuleVisitors[] = rules.map((rule) => {
        const severity = config.rules.get(rule.meta.id)!.severity as Finding['severity'];
        const context: RuleContext = {
            document,
            services,
            options: { ...defaultOptions(rule), ...config.rules.get(rule.meta.id)?.options },
            report: (report: FindingReport) => findings.push(toFinding(rule, severity, report))
        };
        return rule.create(context);
    });
    const byType = new Map<string, Array<(node: AstNode) => void>>();
    for (const visitor of visitors) {
        for (const [type, handler] of Object.entries(visitor)) {
            if (type === 'prose' || type === 'done' || typeof handler !== 'function') continue;
            const handlers = byType.get(type) ?? [];
            handlers.push(handler as (node: AstNode) => void);
            byType.set(type, handlers);
        }
    }
    for (const node of AstUtils.streamAst(unit)) byType.get(node.$type)?.forEach((handler) => handler(node));
    const proseVisitors = visitors.filter((visitor) => visitor.prose);
    if (proseVisitors.length > 0) {
        for (const fragment of services.references.ProseReferences.fragmentsIn(document)) {
            const offset = fragment.offset;
            if (offset < unitCst.offset) continue;
            if (offset >= unitCst.end) break;
            proseVisitors.forEach((visitor) => visitor.prose!(fragment));
        }
    }
    const unitRange = unitCst.range;
    return findings
        .filter((finding) => rangeContains(unitRange, finding.range))
        .filter((finding) => !waivers.some((waiver) => waiver.reason && waiver.ruleIds.includes(finding.ruleId) && rangeContains(waiver.covers, finding.range)))
        .map((finding) => toDiagnostic(services, finding));
}

/** A finding as the validator would report it (see validation/lint.ts in the core). */
function toDiagnostic(services: CommonsServices, finding: Finding): Diagnostic {
    const href = services.lint.RuleDocs.hrefFor(finding.docsPath);
    const data: LintDiagnosticData = { ruleId: finding.ruleId, pack: finding.pack, shift: finding.shift, docsPath: finding.docsPath, fixes: finding.fixes };
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

function defaultOptions(rule: Rule): Record<string, unknown> {
    const properties = (rule.meta.options?.properties ?? {}) as Record<string, { default?: unknown }>;
    return Object.fromEntries(Object.entries(properties).filter(([, schema]) => schema.default !== undefined).map(([name, schema]) => [name, schema.default]));
}

function toFinding(rule: Rule, severity: Finding['severity'], report: FindingReport): Finding {
    const range = report.range ?? report.node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return {
        ruleId: rule.meta.id, pack: rule.meta.pack, shift: rule.meta.shift, severity, message: report.message, range,
        docsPath: ruleDocsPath(rule.meta.id), fixes: report.fixes ?? []
    };
}
