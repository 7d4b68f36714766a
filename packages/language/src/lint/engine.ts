import type { AstNode, LangiumDocument } from 'langium';
import { walkAst } from '../syntax/ast-walk.js';
import type { CommonsServices } from '../commons-module.js';
import type { Document } from '../generated/ast.js';
import type { LintConfig } from './config.js';
import { ruleDocsPath, type Finding, type FindingReport, type Rule, type RuleContext, type RuleVisitors } from './rule.js';
import { holdsEnactedLaw, withFixesForReview } from './enacted-law.js';
import { findWaivers, rangeContains, type Waiver } from './waivers.js';

/** How the waivers in a draft were used, for the rules that audit them. */
export interface WaiverAudit {
    waivers: readonly Waiver[];
    /** For each waiver, the rule ids it suppressed at least one finding of. */
    used: ReadonlyMap<Waiver, ReadonlySet<string>>;
    knownRuleIds: ReadonlySet<string>;
}

/** Extra context the waiver rules receive; every other rule sees only RuleContext. */
export interface WaiverRuleContext extends RuleContext {
    readonly waiverAudit: WaiverAudit;
}

/**
 * Runs the enabled rules over a draft in one walk, applies inline waivers, then audits the
 * waivers themselves. Independent of editors and I/O: the language server, the CLI and the
 * studio all call this through the validator.
 */
export class Linter {
    private readonly services: CommonsServices;

    constructor(services: CommonsServices) {
        this.services = services;
    }

    get rules(): readonly Rule[] {
        return this.services.lint.Rules;
    }

    lint(document: LangiumDocument<Document>, config: LintConfig): Finding[] {
        const { parseResult } = document;
        // A draft that does not parse would give findings about text the parser had to guess at.
        if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return [];
        const enabled = this.rules.filter((rule) => rule.meta.pack !== 'waivers' && (config.rules.get(rule.meta.id)?.severity ?? 'off') !== 'off');
        const findings = this.run(document, config, enabled, (findingRule) => this.contextFor(document, config, findingRule));
        const waivers = findWaivers(document);
        const used = new Map<Waiver, Set<string>>();
        const kept = findings.filter((finding) => {
            const waiver = waivers.find((candidate) => candidate.ruleIds.includes(finding.ruleId) && candidate.reason && rangeContains(candidate.covers, finding.range));
            if (waiver) used.set(waiver, (used.get(waiver) ?? new Set()).add(finding.ruleId));
            return !waiver;
        });
        const audit: WaiverAudit = { waivers, used, knownRuleIds: new Set(this.rules.map((rule) => rule.meta.id)) };
        const auditRules = this.rules.filter((rule) => rule.meta.pack === 'waivers' && (config.rules.get(rule.meta.id)?.severity ?? 'off') !== 'off');
        const auditFindings = this.run(document, config, auditRules, (findingRule) => ({ ...this.contextFor(document, config, findingRule), waiverAudit: audit }));
        const all = [...kept, ...auditFindings];
        return (holdsEnactedLaw(this.services, document) ? all.map(withFixesForReview) : all).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }

    private run(document: LangiumDocument<Document>, config: LintConfig, rules: readonly Rule[],
        contextFor: (rule: Rule) => Omit<RuleContext, 'report'> & Partial<WaiverRuleContext>): Finding[] {
        const findings: Finding[] = [];
        const visitors: RuleVisitors[] = rules.map((rule) => {
            const severity = config.rules.get(rule.meta.id)!.severity as Finding['severity'];
            const report = (finding: FindingReport) => findings.push(toFinding(rule, severity, finding));
            return rule.create({ ...contextFor(rule), report } as RuleContext);
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
        walkAst(document.parseResult.value, (node) => byType.get(node.$type)?.forEach((handler) => handler(node)));
        const proseVisitors = visitors.filter((visitor) => visitor.prose);
        if (proseVisitors.length > 0) {
            for (const fragment of this.services.references.ProseReferences.fragmentsIn(document)) {
                proseVisitors.forEach((visitor) => visitor.prose!(fragment));
            }
        }
        visitors.forEach((visitor) => visitor.done?.());
        return findings;
    }

    private contextFor(document: LangiumDocument<Document>, config: LintConfig, rule: Rule): Omit<RuleContext, 'report'> {
        return { document, services: this.services, options: { ...defaultOptions(rule), ...config.rules.get(rule.meta.id)?.options } };
    }
}

// A rule's defaults never change, and every draft's lint asks for them.
const defaultsByRule = new WeakMap<Rule, Record<string, unknown>>();

function defaultOptions(rule: Rule): Record<string, unknown> {
    let defaults = defaultsByRule.get(rule);
    if (!defaults) defaultsByRule.set(rule, defaults = computeDefaults(rule));
    return defaults;
}

function computeDefaults(rule: Rule): Record<string, unknown> {
    const properties = (rule.meta.options?.properties ?? {}) as Record<string, { default?: unknown }>;
    return Object.fromEntries(Object.entries(properties).filter(([, schema]) => schema.default !== undefined).map(([name, schema]) => [name, schema.default]));
}

function toFinding(rule: Rule, severity: Finding['severity'], report: FindingReport): Finding {
    const range = report.range ?? report.node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return {
        ruleId: rule.meta.id,
        pack: rule.meta.pack,
        shift: rule.meta.shift,
        severity,
        message: report.message,
        range,
        docsPath: ruleDocsPath(rule.meta.id),
        fixes: report.fixes ?? []
    };
}
