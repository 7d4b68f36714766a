import type { AstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { walkAst } from '../syntax/ast-walk.js';
import type { CommonsServices } from '../commons-module.js';
import type { Document } from '../generated/ast.js';
import type { ProseFragment } from '../references/prose-fragments.js';
import type { LintConfig } from './config.js';
import { ruleDocsPath, type Finding, type FindingReport, type Rule, type RuleContext, type RuleVisitors } from './rule.js';
import { holdsEnactedLaw, withFixesForReview } from './enacted-law.js';
import { findWaivers, rangeContains, type Waiver } from './waivers.js';
import { formatMessage, messageStrings } from './messages.js';
import { INTERNAL_ERROR_CODE, errorDetail, internalErrorMessage } from '../validation/guard.js';

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
        const findings = this.run(document, config, this.rules.filter((rule) => rule.meta.pack !== 'waivers'));
        const waivers = findWaivers(document);
        const used = new Map<Waiver, Set<string>>();
        const kept = findings.filter((finding) => {
            // A fault in Commons is never waived: the drafter cannot fix it, and must not hide it.
            if (finding.ruleId === INTERNAL_ERROR_CODE) return true;
            const waiver = waivers.find((candidate) => candidate.ruleIds.includes(finding.ruleId) && candidate.reason && rangeContains(candidate.covers, finding.range));
            if (waiver) used.set(waiver, (used.get(waiver) ?? new Set()).add(finding.ruleId));
            return !waiver;
        });
        const audit: WaiverAudit = { waivers, used, knownRuleIds: new Set(this.rules.map((rule) => rule.meta.id)) };
        const auditFindings = this.run(document, config, this.rules.filter((rule) => rule.meta.pack === 'waivers'), audit);
        const all = [...kept, ...auditFindings];
        return (holdsEnactedLaw(this.services, document) ? all.map(withFixesForReview) : all).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }

    private run(document: LangiumDocument<Document>, config: LintConfig, rules: readonly Rule[], waiverAudit?: WaiverAudit): Finding[] {
        const run = startRules(this.services, document, config, rules, waiverAudit);
        walkAst(document.parseResult.value, run.visit);
        if (run.readsProse) {
            for (const fragment of this.services.references.ProseReferences.fragmentsIn(document)) run.prose(fragment);
        }
        run.done();
        return run.findings;
    }
}

/**
 * Rules started on one draft, waiting to be fed its nodes and prose. The caller chooses what to
 * feed them: the Linter walks the whole draft, an editor may walk only the part just edited.
 */
export interface RuleRun {
    /** Everything the rules have reported so far. */
    readonly findings: Finding[];
    /** False when no rule reads prose, so the caller need not find the fragments. */
    readonly readsProse: boolean;
    visit(node: AstNode): void;
    prose(fragment: ProseFragment): void;
    /** For the rules' checks that need the whole draft; only for a caller that fed it all. */
    done(): void;
}

/**
 * Starts those of `rules` that `config` turns on, with their options and severities. The waiver
 * rules also need the audit of how the other rules' findings were waived.
 */
export function startRules(services: CommonsServices, document: LangiumDocument<Document>, config: LintConfig, rules: readonly Rule[], waiverAudit?: WaiverAudit): RuleRun {
    const findings: Finding[] = [];
    const visitors: RuleVisitors[] = [];
    for (const rule of rules) {
        const setting = config.rules.get(rule.meta.id);
        if (!setting || setting.severity === 'off') continue;
        const severity = setting.severity;
        const context: RuleContext = {
            document,
            services,
            options: { ...defaultOptions(rule), ...setting.options },
            report: (report) => findings.push(toFinding(rule, severity, report))
        };
        // Each rule runs behind its own guard: one that throws is reported once and stopped, the others carry on.
        const guard = new RuleGuard(rule, findings);
        const visitor = guard.run(undefined, () => rule.create(waiverAudit ? { ...context, waiverAudit } as WaiverRuleContext : context));
        if (visitor) visitors.push(guard.wrap(visitor));
    }
    const byType = handlersByType(visitors);
    const proseVisitors = visitors.filter((visitor) => visitor.prose);
    return {
        findings,
        readsProse: proseVisitors.length > 0,
        visit: (node) => byType.get(node.$type)?.forEach((handler) => handler(node)),
        prose: (fragment) => proseVisitors.forEach((visitor) => visitor.prose!(fragment)),
        done: () => visitors.forEach((visitor) => visitor.done?.())
    };
}

/**
 * Keeps a fault in one rule from stopping the lint: the first exception a rule throws becomes a
 * commons/internal-error finding that names the rule, and the rule is not called again on this
 * draft. A fault in a rule's messages (RuleMessageError) is caught the same way.
 */
class RuleGuard {
    private failed = false;

    constructor(private readonly rule: Rule, private readonly findings: Finding[]) {}

    run<T>(node: AstNode | undefined, work: () => T, range?: Range): T | undefined {
        if (this.failed) return undefined;
        try {
            return work();
        } catch (error) {
            this.failed = true;
            this.findings.push(internalErrorFinding(this.rule, range ?? node?.$cstNode?.range, error));
            return undefined;
        }
    }

    wrap(visitor: RuleVisitors): RuleVisitors {
        const wrapped: Record<string, unknown> = {};
        for (const [type, handler] of Object.entries(visitor)) {
            if (typeof handler !== 'function') continue;
            if (type === 'prose') wrapped.prose = (fragment: ProseFragment) => this.run(fragment.node, () => handler.call(visitor, fragment), fragment.range);
            else if (type === 'done') wrapped.done = () => this.run(undefined, () => handler.call(visitor));
            else wrapped[type] = (node: AstNode) => this.run(node, () => handler.call(visitor, node));
        }
        return wrapped as RuleVisitors;
    }
}

function internalErrorFinding(rule: Rule, range: Range | undefined, error: unknown): Finding {
    return {
        ruleId: INTERNAL_ERROR_CODE,
        pack: rule.meta.pack,
        shift: rule.meta.shift,
        severity: 'error',
        message: internalErrorMessage(`the rule ${rule.meta.id}`),
        messageId: 'internalError',
        messageData: { rule: rule.meta.id, detail: errorDetail(error) },
        range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        docsPath: '',
        fixes: []
    };
}

function handlersByType(visitors: readonly RuleVisitors[]): Map<string, Array<(node: AstNode) => void>> {
    const byType = new Map<string, Array<(node: AstNode) => void>>();
    for (const visitor of visitors) {
        for (const [type, handler] of Object.entries(visitor)) {
            if (type === 'prose' || type === 'done' || typeof handler !== 'function') continue;
            const handlers = byType.get(type) ?? [];
            handlers.push(handler as (node: AstNode) => void);
            byType.set(type, handlers);
        }
    }
    return byType;
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
    const { id, pack, shift, messages } = rule.meta;
    return {
        ruleId: id,
        pack,
        shift,
        severity,
        message: formatMessage(id, messages, report.messageId, report.data),
        messageId: report.messageId,
        messageData: messageStrings(report.data),
        range,
        docsPath: ruleDocsPath(id),
        fixes: report.fixes ?? []
    };
}
