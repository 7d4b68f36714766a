import { URI, type LangiumDocument } from 'langium';
import {
    ALL_RULES, Prose, applyEdits, createCommonsServices, describeDraft, loadDrafts, resolveLintConfig, type Document, type LintConfig
} from '@commons/language';
import { ConfigFiles, type SettingsOptions } from '../config-files.js';
import { bundledRuleDocsBase } from '../rule-docs.js';
import { compareProblems, safeFix, type FileResult } from '../results.js';
import { StrictNodeFileSystemProvider } from '../strict-file-system.js';
import { chooseCompatibleFixes } from './fix-selection.js';
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
    private readonly services: ReturnType<typeof createCommonsServices>;

    constructor(private readonly options: AnalysisOptions) {
        Prose.setProseCacheLimit(PROSE_READINGS_KEPT);
        this.overlay = new Map(Object.entries(options.overlay ?? {}));
        this.configs = options.lint ? new ConfigFiles(ALL_RULES, options) : undefined;
        this.services = createCommonsServices({ fileSystemProvider: () => new StrictNodeFileSystemProvider(this.overlay) });
        const { Commons } = this.services;
        const docsBase = bundledRuleDocsBase();
        if (docsBase) Commons.lint.RuleDocs.useBase(docsBase);
        const configs = this.configs;
        const languageOnly = configs ? undefined : languageOnlyConfig();
        Commons.lint.LintConfigProvider.useResolver((uri) => configs?.configFor(uri.fsPath) ?? languageOnly!);
    }

    /**
     * Checks a batch of import components: loads each component's files together (so references
     * between them resolve), and returns one result per file. With `fix`, applies the safe fixes
     * and checks again, so the result describes the fixed text. `texts` holds files already
     * read (while planning the run), so they are not read from disk a second time.
     */
    async check(components: readonly string[][], texts: ReadonlyMap<string, string> = new Map()): Promise<FileResult[]> {
        // Texts read for this batch, and fixed texts, stand in for files only while it is checked.
        const batchTexts: string[] = [];
        for (const [path, text] of texts) {
            if (this.overlay.has(path)) continue;
            this.overlay.set(path, text);
            batchTexts.push(path);
        }
        try {
            const checked = await this.analyseFiles(components.flat());
            return this.options.fix ? await this.fixUntilStable(components, checked, batchTexts) : checked.map(({ result }) => result);
        } finally {
            for (const path of batchTexts) this.overlay.delete(path);
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
        const documents = await loadDrafts(shared, Commons, files.map((file) => URI.file(file))) as LangiumDocument<Document>[];
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

interface CheckedFile {
    result: FileResult;
    text: string;
}

let languageOnly: LintConfig | undefined;

/** Every lint rule off: what `commons check` uses. */
function languageOnlyConfig(): LintConfig {
    return languageOnly ??= resolveLintConfig(ALL_RULES, { rules: Object.fromEntries(ALL_RULES.map((rule) => [rule.meta.id, 'off'])) });
}
