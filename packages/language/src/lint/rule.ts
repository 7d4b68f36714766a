import type { AstNode, LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { CommonsServices } from '../commons-module.js';
import type { CommonsAstType, Document } from '../generated/ast.js';
import type { ProseFragment } from '../references/prose-fragments.js';
import type { MessageData } from './messages.js';

/** The four shifts of New Local's Community Power: The Evidence (2021). */
export type Shift = 'pluralist' | 'ethos' | 'outcomes' | 'community';

/** Rule packs: one per shift, plus checks of completeness, budget arithmetic and drafting. */
export type Pack = Shift | 'completeness' | 'budget' | 'drafting' | 'waivers';

export type Severity = 'off' | 'info' | 'warning' | 'error';

/** A work a rule's rationale rests on. */
export interface Source {
    /** Author and title, as a reader would cite it. */
    citation: string;
    /** Where in the work, or what it says that matters here. */
    detail?: string;
}

/** A draft excerpt shown in a rule's documentation. */
export interface RuleExample {
    /** Commons source text. */
    code: string;
    /** Why it is good or bad, in one sentence. */
    note?: string;
}

export interface RuleMeta {
    /** Stable id, pack first: "community/consult-only". */
    id: string;
    pack: Pack;
    /** The shift a finding concerns, when it concerns one. */
    shift?: Shift;
    defaultSeverity: Exclude<Severity, 'off'>;
    /** One line: what the rule finds. */
    description: string;
    /** Why it matters, in plain words, with its evidence. */
    rationale: string;
    sources: Source[];
    examples: { bad: RuleExample[]; good: RuleExample[] };
    /**
     * Every message the rule can give, by id: plain English for a policy officer, saying what is
     * wrong and what to change, with `{{name}}` where a report fills in a value ("The right
     * {{name}} gives {{holders}} no appeal ..."). Reports name one by `messageId`.
     */
    messages: Record<string, string>;
    /** What the fix does, when the rule offers one. */
    fix?: string;
    /** JSON Schema of the rule's options, when it has any. */
    options?: Record<string, unknown>;
}

/** An edit the tools can apply for the drafter. */
export interface Fix {
    title: string;
    edits: TextEdit[];
    /** True when the edit changes meaning and needs the drafter's confirmation. */
    needsReview?: boolean;
}

/** A finding as a rule reports it: where, which of its messages, the values that fill it, and fixes. */
export interface FindingReport {
    node: AstNode;
    /** Defaults to the node's range. */
    range?: Range;
    /** A key of the rule's `meta.messages`. */
    messageId: string;
    /** A value for each `{{placeholder}}` of the message; a missing one is a fault in the rule. */
    data?: MessageData;
    fixes?: Fix[];
}

/** What a rule receives: the draft, the services, its options, and a way to report. */
export interface RuleContext {
    readonly document: LangiumDocument<Document>;
    readonly services: CommonsServices;
    readonly options: Readonly<Record<string, unknown>>;
    report(finding: FindingReport): void;
}

type NodeVisitors = {
    [K in keyof CommonsAstType]?: (node: CommonsAstType[K]) => void;
};

/**
 * What a rule watches for. The engine walks each draft once and calls every rule's visitors:
 * per node type, per piece of prose, and once when the walk is done.
 */
export interface RuleVisitors extends NodeVisitors {
    prose?: (fragment: ProseFragment) => void;
    done?: () => void;
}

export interface Rule {
    meta: RuleMeta;
    create(context: RuleContext): RuleVisitors;
}

/** A finding as front ends receive it. */
export interface Finding {
    ruleId: string;
    pack: Pack;
    shift?: Shift;
    severity: Exclude<Severity, 'off'>;
    /** The rule's message, filled in: what front ends show. */
    message: string;
    /** Which of the rule's messages it is (a key of its `meta.messages`), for tests and tools. */
    messageId: string;
    /** The values that filled the message's placeholders. */
    messageData: Readonly<Record<string, string>>;
    range: Range;
    /** Relative path of the rule's page in the documentation (docs/rules/...). */
    docsPath: string;
    fixes: Fix[];
}

export function ruleDocsPath(ruleId: string): string {
    return `docs/rules/${ruleId}.md`;
}

/**
 * Where a page of the rule docs (a docsPath) can be opened once docs/rules/ is published at
 * `base` (a URL ending in "/"): its pages keep their paths under docs/rules/, "drafting/shall.md".
 */
export function ruleDocsHref(docsPath: string, base: string): string {
    return new URL(docsPath.replace(/^docs\/rules\//, ''), base).toString();
}

/** A URL that names a folder ends in "/", or relative paths resolve beside it, not inside it. */
export function asFolderUrl(base: string): string {
    return base.endsWith('/') ? base : `${base}/`;
}
