import { URI, type LangiumDocument } from 'langium';
import {
    ALL_RULES, INTERNAL_ERROR_CODE, Prose, applyEdits, createCommonsServices, describeDraft, loadDrafts, resolveLintConfig, type Document, type LintConfig
} from '@commons/language';
import { ConfigFiles, type SettingsOptions } from '../config-files.js';
import { bundledRuleDocsBase } from '../rule-docs.js';
import { compareProblems, fatalProblem, safeFix, type FileResult } from '../results.js';
import { isMainThread } from 'node:worker_threads';
import { Workspace } from '../files/workspace.js';
import { StrictNodeFileSystemProvider } from '../strict-file-system.js';
import { chooseCompatibleFixes } from './fix-selection.js';
import { explainFailedImports } from './failed-imports.js';
import { toProblem } from './problems.js';

/** What a thread needs to check drafts; plain data, so it can be sent to a worker. */
export interface AnalysisOptions extends SettingsOptions {
    /** Run the lint rules (false: the language's own checks only, as `commons check` does). */
    lint: boolean;
    /** Apply fixes that need no review, in memory, until none are left (at most MAX_FIX_PASSES). */
    fix: boolean;
    /** Texts that stand in for files on disk (a draft read from standard input). */
    overlay?: Record<string, string>;
    /** Describe what each file holds (for the stylish and json reports; it costs a walk of every draft). */
    describe?: boolean;
    /** The workspace root (a real path): nothing outside it is read. */
    root: string;
    /** Files that must not be opened (refused while planning): the language sees them as absent. */
    blocked?: string[];
}

/**
 * The linter's rules read each clause in turn, all of them before the next clause, so a short
 * memory of readings serves every rule. A longer one only keeps readings alive long enough for
 * the garbage collector to copy them: on the statute book, keeping 256 cost about 6% more work
 * than keeping 4 (instructions counted under valgrind), and the editor's thousands far more.
 */
const PROSE_READINGS_KEPT = 4;

/** Enough passes for fixes that overlapped an earlier one; the same limit ESLint uses. */
const MAX_FIX_PASSES = 10;

/**
 * Checks batches of import components on one thread. The language services (above all the
 * parser, which takes about 40 ms to build) are made once per thread and reused: each batch is
 * loaded, checked, and then removed from the workspace, so memory stays bounded.
 */
export class DraftChecker {
    private readonly overlay: Map<string, string>;
    private readonly configs: ConfigFiles | undefined;
    private readonly workspace: Workspace;
    private readonly blocked: Set<string>;
    private services: ReturnType<typeof createCommonsServices>;

    constructor(private readonly options: AnalysisOptions) {
        Prose.setProseCacheLimit(PROSE_READINGS_KEPT);
        this.overlay = new Map(Object.entries(options.overlay ?? {}));
        this.workspace = new Workspace(options.root);
        this.blocked = new Set(options.blocked ?? []);
        this.configs = options.lint ? new ConfigFiles(ALL_RULES, options, this.workspace) : undefined;
        this.services = this.createServices();
    }

    /** The language services (above all the parser, about 40 ms to build); made again after a failure, as a failed build may leave documents behind. */
    private createServices(): ReturnType<typeof createCommonsServices> {
        const services = createCommonsServices({ fileSystemProvider: () => new StrictNodeFileSystemProvider(this.overlay, { blocked: this.blocked, workspace: this.workspace }) });
        const { Commons } = services;
        const docsBase = bundledRuleDocsBase();
        if (docsBase) Commons.lint.RuleDocs.useBase(docsBase);
        const configs = this.configs;
        const languageOnly = configs ? undefined : languageOnlyConfig();
        Commons.lint.LintConfigProvider.useResolver((uri) => configs?.configFor(uri.fsPath) ?? languageOnly!);
        return services;
    }

    /**
     * Checks a batch of import components: loads each component's files together (so references
     * between them resolve), and returns one result per file. With `fix`, applies the safe fixes
     * and checks again, so the result describes the fixed text. `texts` holds files already
     * read (while planning the run), so they are not read from disk a second time.
     *
     * A failure while checking (a fault in Commons on some draft) is one file's problem: the
     * batch is checked again one component at a time, and a component that still fails is
     * searched for the draft that fails on its own (isolate), which alone is reported with a
     * commons/internal-error finding.
     */
    async check(components: readonly string[][], texts: ReadonlyMap<string, string> = new Map(), hidden: readonly string[] = []): Promise<FileResult[]> {
        return hidden.length > 0 ? this.withBlocked(hidden, () => this.checkBatch(components, texts)) : this.checkBatch(components, texts);
    }

    private async checkBatch(components: readonly string[][], texts: ReadonlyMap<string, string>): Promise<FileResult[]> {
        // Texts read for this batch, and fixed texts, stand in for files only while it is checked.
        const batchTexts: string[] = [];
        for (const [path, text] of texts) {
            if (this.overlay.has(path)) continue;
            this.overlay.set(path, text);
            batchTexts.push(path);
        }
        try {
            try {
                return await this.checkComponents(components, batchTexts);
            } catch {
                this.services = this.createServices();
            }
            const results: FileResult[] = [];
            for (const component of components) {
                try {
                    results.push(...await this.checkComponents([component], batchTexts));
                } catch (error) {
                    this.services = this.createServices();
                    results.push(...await this.isolate(component, batchTexts, error));
                }
            }
            return results;
        } finally {
            for (const path of batchTexts) this.overlay.delete(path);
        }
    }

    private async checkComponents(components: readonly string[][], batchTexts: string[]): Promise<FileResult[]> {
        const checked = await this.analyseFiles(components.flat());
        return this.options.fix ? await this.fixUntilStable(components, checked, batchTexts) : checked.map(({ result }) => result);
    }

    /**
     * A component failed: check each of its files alone (the others hidden) to find those that
     * fail by themselves, then check the rest together without them. Files that fail get a
     * commons/internal-error finding; if the rest fails too (only the files together fail), so
     * do they all.
     */
    private async isolate(component: readonly string[], batchTexts: string[], firstError: unknown): Promise<FileResult[]> {
        if (component.length === 1) return [internalErrorResult(component[0], firstError)];
        const failing = new Map<string, unknown>();
        for (const file of component) {
            try {
                await this.withBlocked(component.filter((other) => other !== file), () => this.analyseFiles([file]));
            } catch (error) {
                this.services = this.createServices();
                failing.set(file, error);
            }
        }
        const rest = component.filter((file) => !failing.has(file));
        let results: FileResult[] = [];
        try {
            if (failing.size === 0) throw firstError;
            results = await this.withBlocked([...failing.keys()], () => this.checkComponents([rest], batchTexts));
        } catch (error) {
            this.services = this.createServices();
            for (const file of rest) failing.set(file, error);
        }
        return [...results.map((result) => explainFailedImports(result, this.overlay.get(result.path), failing)), ...[...failing].map(([file, error]) => internalErrorResult(file, error))];
    }

    private async withBlocked<T>(files: readonly string[], work: () => Promise<T>): Promise<T> {
        const added = files.filter((file) => !this.blocked.has(file));
        added.forEach((file) => this.blocked.add(file));
        try {
            return await work();
        } finally {
            added.forEach((file) => this.blocked.delete(file));
        }
    }

    private async fixUntilStable(components: readonly string[][], checked: CheckedFile[], batchTexts: string[]): Promise<FileResult[]> {
        const originals = new Map(checked.map(({ result, text }) => [result.path, text]));
        const current = new Map(checked.map((entry) => [entry.result.path, entry]));
        const applied = new Map<string, number>();
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
            const changed = new Set<string>();
            for (const { result, text } of current.values()) {
                const fixes = chooseCompatibleFixes(result.problems.map(safeFix).filter((fix) => fix !== undefined));
                if (fixes.length === 0) continue;
                const after = applyEdits(text, fixes.flatMap((fix) => fix.edits));
                if (after.text === text) continue;
                if (!this.overlay.has(result.path)) batchTexts.push(result.path);
                this.overlay.set(result.path, after.text);
                applied.set(result.path, (applied.get(result.path) ?? 0) + fixes.length);
                changed.add(result.path);
            }
            if (changed.size === 0) break;
            // Check again only the components whose files changed: fixes may reveal or remove findings.
            const again = components.filter((component) => component.some((file) => changed.has(file))).flat();
            for (const entry of await this.analyseFiles(again)) current.set(entry.result.path, entry);
        }
        return [...current.values()].map(({ result, text }) => {
            const before = originals.get(result.path)!;
            return text === before ? result : { ...result, fixed: { before, after: text, applied: applied.get(result.path) ?? 0 } };
        });
    }

    private async analyseFiles(files: readonly string[]): Promise<CheckedFile[]> {
        if (files.length === 0) return [];
        const { shared, Commons } = this.services;
        const describe = this.options.describe ?? true;
        let documents: LangiumDocument<Document>[] = [];
        try {
            documents = await loadDrafts(shared, Commons, files.map((file) => URI.file(file))) as LangiumDocument<Document>[];
            injectTestFault(documents);
        } catch (error) {
            // Leave no half-built documents behind for the next batch.
            const loaded = shared.workspace.LangiumDocuments.all.map((document) => document.uri).toArray();
            await shared.workspace.DocumentBuilder.update([], loaded).catch(() => undefined);
            throw error;
        }
        const checked = documents.map((document) => ({
            text: document.textDocument.getText(),
            result: {
                path: document.uri.fsPath,
                description: describe ? describeDraft(document.parseResult.value) : '',
                problems: (document.diagnostics ?? []).map((diagnostic) => toProblem(document, diagnostic)).sort(compareProblems)
            }
        }));
        await shared.workspace.DocumentBuilder.update([], documents.map((document) => document.uri));
        return checked;
    }
}

/** What a file gets when Commons failed on it: one fatal finding, and a line on standard error for the bug report. */
function internalErrorResult(path: string, error: unknown): FileResult {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
        fault: `commons: a fault in Commons stopped the checking of ${path} (${detail.split('\n')[0].slice(0, 300)}). The other drafts were checked.`,
        path,
        description: 'not checked',
        problems: [fatalProblem(INTERNAL_ERROR_CODE, 'Commons failed while checking this draft, so it was not checked. This is a fault in Commons, not in your draft: '
            + 'please report it, with the draft if you can share it. Every other draft was checked.')]
    };
}

/**
 * A documented test seam (README, "Testing"): with COMMONS_TEST_FAULT=throw:MARK, checking a draft
 * whose text contains MARK fails as a crash in the parser would; with exit:MARK, a worker thread
 * checking it dies at once (in the main thread it throws). Lets the tests prove that one failing
 * draft is that draft's problem. Unset, it costs one comparison per batch.
 */
const TEST_FAULT = /^(throw|exit):(.+)$/s.exec(process.env.COMMONS_TEST_FAULT ?? '');

function injectTestFault(documents: readonly LangiumDocument[]): void {
    if (!TEST_FAULT) return;
    const [, mode, mark] = TEST_FAULT;
    if (!documents.some((document) => document.textDocument.getText().includes(mark))) return;
    if (mode === 'exit' && !isMainThread) process.exit(70);
    throw new RangeError('Maximum call stack size exceeded (COMMONS_TEST_FAULT)');
}

interface CheckedFile {
    result: FileResult;
    text: string;
}

let languageOnly: LintConfig | undefined;

/** Every lint rule off: what `commons check` uses. */
function languageOnlyConfig(): LintConfig {
    return languageOnly ??= resolveLintConfig(ALL_RULES, { rules: Object.fromEntries(ALL_RULES.map((rule) => [rule.meta.id, 'off'])) });
}
