import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_RULES } from '@commons/language';
import { ConfigFiles } from '../config-files.js';
import { checkDrafts } from '../engine/run.js';
import { ExitCode } from '../exit-codes.js';
import { collectDraftFiles } from '../files/draft-files.js';
import { IgnoreRules } from '../files/ignore-rules.js';
import { onlyNewFindings, readBaseline, writeBaseline } from '../filters/baseline.js';
import { changedLinesSince, onlyChangedProvisions, openRepository } from '../filters/changed-since.js';
import { fixesAsDiff, writeFixes } from '../fix-output.js';
import { FORMATTERS } from '../formatters/index.js';
import { checkLintCombinations, type FormatName, type SeverityWord } from '../option-values.js';
import { Workspace } from '../files/workspace.js';
import { refuseToOverwriteInputs, writeOutput } from '../output.js';
import { ProgressBar } from '../progress.js';
import { FATAL_RULE_IDS, compareProblems, countProblems, plural, type FileResult, type Problem } from '../results.js';
import { decodeDraft } from '../strict-file-system.js';
import { ruleOverrides } from './rule-overrides.js';

/** The options of `commons lint` and `commons check` (main.ts defines them). */
export interface LintOptions {
    format: FormatName;
    output?: string;
    color: boolean;
    quiet?: boolean;
    maxWarnings: number;
    jobs: number | 'auto';
    stdinFilename?: string;
    config?: string;
    rule?: Record<string, SeverityWord>;
    fix?: boolean;
    fixDryRun?: boolean;
    changedSince?: string;
    baseline?: string;
    writeBaseline?: string;
    root?: string;
}

/**
 * `commons lint` (and, with `lint: false`, `commons check`): finds the drafts, checks them on one
 * thread or all cores, filters the findings (--changed-since, --baseline, --quiet), applies or
 * shows fixes, and writes the report. Returns the exit code: 0 clean, 1 errors or too many
 * warnings. Problems with the input or settings throw InputError, which main.ts turns into code 2.
 */
export async function runLint(paths: string[], options: LintOptions, mode: { lint: boolean }): Promise<number> {
    const cwd = process.cwd();
    const fromStdin = paths.includes('-');
    checkLintCombinations(paths, options);

    // Everything that can be wrong with the settings is found before any draft is checked.
    const overrides = ruleOverrides(options.rule);
    const workspace = new Workspace(options.root ?? '.', cwd);
    const configs = new ConfigFiles(ALL_RULES, { configPath: options.config, ruleOverrides: overrides }, workspace);
    const ignoreRules = new IgnoreRules(configs, workspace);
    const overlay: Record<string, string> = {};
    let named: string[];
    if (fromStdin) {
        const path = resolve(cwd, options.stdinFilename ?? 'stdin.commons');
        overlay[path] = decodeDraft(await readStdin(), options.stdinFilename ?? 'standard input');
        named = [path];
    } else {
        named = await collectDraftFiles(paths, ignoreRules, cwd);
    }
    refuseToOverwriteInputs('--output', options.output, named);
    refuseToOverwriteInputs('--write-baseline', options.writeBaseline, named);
    if (mode.lint) named.filter((file) => workspace.contains(realPathOf(file))).forEach((file) => configs.configFor(file));
    const baseline = options.baseline !== undefined ? readBaseline(options.baseline) : undefined;
    const repository = options.changedSince !== undefined ? openRepository(options.changedSince, cwd) : undefined;

    const progress = ProgressBar.wanted() ? new ProgressBar() : undefined;
    let results: FileResult[];
    try {
        results = await checkDrafts(named, ignoreRules, {
            lint: mode.lint,
            fix: Boolean(options.fix || options.fixDryRun),
            configPath: options.config,
            ruleOverrides: overrides,
            overlay,
            workspace,
            describe: options.format === 'stylish' || options.format === 'json',
            jobs: options.jobs,
            onStart: (files, bytes) => progress?.start(files, bytes),
            onProgress: (files, bytes) => progress?.advance(files, bytes)
        });
    } finally {
        progress?.finish();
    }

    // Files are written only once every filter has run, so a problem found late writes nothing.
    const checked = results;
    refuseToOverwriteInputs('--output', options.output, checked.map((result) => result.path));
    refuseToOverwriteInputs('--write-baseline', options.writeBaseline, checked.map((result) => result.path));
    // Files that could not be checked stay in the report whatever the filters say: no baseline,
    // --changed-since or --quiet hides that a draft went unchecked.
    const fatal = new Map(checked.map((result) => [result.path, result.problems.filter((problem) => FATAL_RULE_IDS.has(problem.ruleId))]));
    const notes: string[] = [];
    const fixedFiles = options.fix ? checked.filter((result) => result.fixed) : [];
    if (fixedFiles.length > 0) notes.push(`Fixed ${plural(fixedFiles.reduce((sum, result) => sum + result.fixed!.applied, 0), 'problem')} in ${plural(fixedFiles.length, 'file')}.`);
    if (options.writeBaseline !== undefined) {
        notes.push(`Recorded ${plural(countProblems(checked).problems, 'finding')} in ${options.writeBaseline}. Run with --baseline ${options.writeBaseline} to see only new ones.`);
        results = results.map((result) => ({ ...result, problems: [] }));
    }
    if (repository) {
        const before = countProblems(results).problems;
        results = onlyChangedProvisions(results, changedLinesSince(repository, results.map((result) => result.path), new Map(Object.entries(overlay))));
        const hidden = before - countProblems(results).problems;
        if (hidden > 0) notes.push(`${plural(hidden, 'finding')} in provisions not changed since ${options.changedSince} ${hidden === 1 ? 'is' : 'are'} not shown.`);
    }
    if (baseline && options.baseline !== undefined) {
        const filtered = onlyNewFindings(results, baseline, options.baseline);
        results = filtered.results;
        if (filtered.known > 0) notes.push(`${plural(filtered.known, 'finding')} recorded in ${options.baseline} ${filtered.known === 1 ? 'is' : 'are'} not shown.`);
    }
    if (options.quiet) results = results.map((result) => ({ ...result, problems: result.problems.filter((problem) => problem.severity === 'error') }));
    results = results.map((result) => withFatal(result, fatal.get(result.path) ?? []));

    const counts = countProblems(results);
    const tooManyWarnings = options.maxWarnings >= 0 && counts.warnings > options.maxWarnings;
    if (tooManyWarnings) notes.push(`${plural(counts.warnings, 'warning')}: more than --max-warnings ${options.maxWarnings} allows.`);
    if (counts.fatal > 0) notes.push(`${plural(counts.fatal, 'finding')} ${counts.fatal === 1 ? 'says' : 'say'} that Commons could not read or check a file (rules commons/...); every other file was checked.`);
    const exitCode = counts.fatal > 0 ? ExitCode.UsageOrInput : counts.errors > 0 || tooManyWarnings ? ExitCode.Problems : ExitCode.Clean;

    writeFixes(fixedFiles);
    if (options.writeBaseline !== undefined) writeBaseline(options.writeBaseline, checked);

    if (options.fixDryRun) {
        const diff = fixesAsDiff(results, cwd);
        writeOutput(diff, options.output);
        const files = results.filter((result) => result.fixed);
        process.stderr.write(files.length === 0
            ? 'commons: no fixes to apply.\n'
            : `commons: --fix would fix ${plural(files.reduce((sum, result) => sum + result.fixed!.applied, 0), 'problem')} in ${plural(files.length, 'file')}; `
                + `${plural(counts.problems, 'problem')} would remain. Nothing was written.\n`);
        return exitCode;
    }
    const colour = options.format === 'stylish' && options.output === undefined && options.color && wantsColour();
    const docsUrl = mode.lint ? publishedDocsUrl(named, configs, workspace) : undefined;
    writeOutput(FORMATTERS[options.format]({ results, cwd, colour, rules: ALL_RULES, docsUrl, notes }), options.output);
    return exitCode;
}

/** A result with its fatal findings put back (once) after the filters. */
function withFatal(result: FileResult, fatal: readonly Problem[]): FileResult {
    if (fatal.length === 0) return result;
    const missing = fatal.filter((problem) => !result.problems.includes(problem));
    return missing.length === 0 ? result : { ...result, problems: [...missing, ...result.problems].sort(compareProblems) };
}

function realPathOf(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return path;
    }
}

/**
 * Where the drafts' commons.json says the rule docs are published. A SARIF log links each rule
 * once, so when folders name different places, the first draft's that names one serves.
 */
function publishedDocsUrl(drafts: readonly string[], configs: ConfigFiles, workspace: Workspace): string | undefined {
    return drafts.filter((draft) => workspace.contains(realPathOf(draft))).map((draft) => configs.configFor(draft).docsUrl).find((url) => url !== undefined);
}

function wantsColour(): boolean {
    if (process.env.NO_COLOR) return false;
    if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
    return Boolean(process.stdout.isTTY);
}

async function readStdin(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
}
