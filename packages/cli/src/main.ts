import { Command, CommanderError, Option } from 'commander';
import type { ExplainOptions } from './commands/explain.js';
import type { LintOptions } from './commands/lint.js';
import type { RulesOptions } from './commands/rules.js';
import type { SummarizeOptions } from './commands/summarize.js';
import type { WaiversOptions } from './commands/waivers.js';
import { ExitCode } from './exit-codes.js';
import { InputError } from './input-error.js';
import { FORMAT_NAMES, checkLintCombinations, parseJobs, parseMaxWarnings, parseRuleOption } from './option-values.js';
import { COMMONS_VERSION } from './version.js';

export { ExitCode } from './exit-codes.js';

/**
 * Runs the commons command with the given argv and returns the exit code: 0 clean, 1 findings
 * at error level (or more warnings than --max-warnings), 2 the command could not run.
 *
 * This file is the whole command-line surface (commands, options, help). Each command's work
 * lives in commands/ and is loaded only when that command runs, so help and usage mistakes
 * answer without loading the language.
 */
export async function run(argv: string[]): Promise<number> {
    let exitCode: number = ExitCode.Clean;
    const finish = (code: number) => {
        exitCode = code;
    };
    const program = new Command('commons')
        .description('Draft and check legislation and policy written in Commons.')
        .version(COMMONS_VERSION, '-v, --version', 'print the version of commons')
        .showHelpAfterError('(run "commons help <command>" for its options)')
        .configureOutput({ writeErr: (text) => process.stderr.write(text) });

    const lint = program.command('lint')
        .description('Check drafts against the four shifts of community power and drafting practice, as well as the language checks.')
        .argument('[paths...]', 'draft files, folders to search for .commons files, or globs ("drafts/**/*.commons"); - reads one draft from standard input', ['.']);
    addReportOptions(lint)
        .option('-c, --config <file>', 'use this commons.json for every draft instead of the nearest one')
        .option('--rule <id:severity>', 'set a rule\'s severity for this run (repeatable), e.g. --rule drafting/shall:off', parseRuleOption)
        .option('--fix', 'apply the fixes that need no review (such as "shall" to "must") to the files, then report what is left')
        .option('--fix-dry-run', 'print the fixes --fix would make as a unified diff, and change nothing')
        .option('--changed-since <ref>', 'report only findings in provisions changed since this git ref (branch, tag or commit)')
        .option('--baseline <file>', 'report only findings not recorded in this baseline file')
        .option('--write-baseline <file>', 'record every finding of this run in a baseline file, and report none of them')
        .action(async (paths: string[], options: LintOptions) => {
            checkLintCombinations(paths, options);
            finish(await (await import('./commands/lint.js')).runLint(paths, options, { lint: true }));
        });

    const check = program.command('check')
        .description('Check drafts for language problems only: syntax, unresolved references, numbering, amounts and dates.')
        .argument('[paths...]', 'draft files, folders to search for .commons files, or globs; - reads one draft from standard input', ['.']);
    addReportOptions(check)
        .option('-c, --config <file>', 'use this commons.json (for its ignore list) instead of the nearest one')
        .action(async (paths: string[], options: LintOptions) => finish(await (await import('./commands/check.js')).runCheck(paths, options)));

    program.command('waivers')
        .description('List every inline waiver (// commons-ignore rule -- reason) with its rules, place and reason.')
        .argument('[paths...]', 'draft files, folders to search for .commons files, or globs', ['.'])
        .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
        .option('-o, --output <file>', 'write the list to a file instead of standard output')
        .option('-c, --config <file>', 'use this commons.json (for its ignore list) instead of the nearest one')
        .action(async (paths: string[], options: WaiversOptions) => finish(await (await import('./commands/waivers.js')).listWaivers(paths, options)));

    program.command('rules')
        .description('List the rules with their shift, severity in the current settings and what each finds; give a rule id for its full documentation.')
        .argument('[id]', 'a rule id, such as community/consult-only')
        .addOption(new Option('-f, --format <name>', 'output format for the list').choices(['table', 'json']).default('table'))
        .option('-c, --config <file>', 'show severities from this commons.json instead of the nearest one')
        .option('--rule <id:severity>', 'show severities as if this setting were made (repeatable)', parseRuleOption)
        .action(async (id: string | undefined, options: RulesOptions) => finish(await (await import('./commands/rules.js')).showRules(id, options)));

    program.command('explain')
        .description('Show what Commons reads in each clause of a draft: who acts, the kind of act, must or may, the community\'s part, and why a four-shift finding was or was not made.')
        .argument('<file[:line]>', 'a draft, or a draft and a line number (drafts/act.commons:12) for the clause on that line')
        .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (target: string, options: ExplainOptions) => finish(await (await import('./commands/explain.js')).explainDraft(target, options)));

    program.command('summarize')
        .description('Write a plain-language summary of each draft: what it does, part by part, its defined terms, the four-shift record and how readable it is; every sentence names the provision it comes from and is checked against it.')
        .argument('<paths...>', 'draft files, folders to search for .commons files, or globs; a schedule or definitions file a named draft imports is summarised inside it')
        .addOption(new Option('-f, --format <name>', 'output format').choices(['md', 'html', 'txt']).default('md'))
        .option('-o, --output <file-or-folder>', 'write the summary to this file (ending .md, .html or .txt), or into this folder, one file per draft')
        .option('-c, --config <file>', 'use this commons.json for every draft instead of the nearest one')
        .action(async (paths: string[], options: SummarizeOptions) => finish(await (await import('./commands/summarize.js')).summarizeDrafts(paths, options)));

    program.command('init')
        .description('Start a project: write a starter commons.json and a small example draft (never overwrites a file).')
        .argument('[folder]', 'the folder to set up', '.')
        .action(async (folder: string) => finish((await import('./commands/init.js')).initProject(folder)));

    // A usage mistake anywhere (unknown option, bad value) is reported and exits with code 2.
    for (const command of [program, ...program.commands]) command.exitOverride();

    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? ExitCode.Clean : ExitCode.UsageOrInput;
        }
        if (error instanceof InputError) {
            process.stderr.write(`commons: ${error.message}\n`);
            return ExitCode.UsageOrInput;
        }
        // Never exit 1 for a fault of our own: CI would read it as "the drafts have errors".
        process.stderr.write('commons: the command failed unexpectedly. This is a fault in commons, not in your drafts; please report it.\n'
            + `${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        return ExitCode.UsageOrInput;
    }
}

/** Options shared by `lint` and `check`: what to read and how to report it. */
function addReportOptions(command: Command): Command {
    return command
        .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .option('--no-color', 'never colour the output (colour is used only on a terminal anyway)')
        .option('-q, --quiet', 'report errors only: leave out warnings and notes')
        .addOption(new Option('--max-warnings <n>', 'exit with code 1 when there are more than n warnings').argParser(parseMaxWarnings).default(-1, 'no limit'))
        .option('--root <folder>', 'the workspace folder: drafts, imports and commons.json are read only inside it (default: the current folder)')
        .option('--stdin-filename <path>', 'with -, the path the draft read from standard input would have (for settings and imports)')
        .option('-j, --jobs <n>', 'threads to check on: a number, or auto (every core, on runs large enough to gain from it)', parseJobs, 'auto');
}
