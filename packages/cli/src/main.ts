import { Command, CommanderError } from 'commander';
import { checkDrafts } from './commands/check.js';
import { InputError } from './input-error.js';
import { formatReport } from './report.js';

/** Exit codes, as linters use them: CI can tell "drafts have problems" from "command misused". */
export const ExitCode = { Clean: 0, Problems: 1, UsageOrInput: 2 } as const;

/** Runs the commons command with the given argv and returns the exit code. */
export async function run(argv: string[]): Promise<number> {
    let exitCode: number = ExitCode.Clean;
    const program = new Command('commons')
        .description('Draft and check legislation and policy written in Commons.')
        .exitOverride()
        .configureOutput({ writeErr: (text) => process.stderr.write(text) });

    const report = (results: Awaited<ReturnType<typeof checkDrafts>>, colour: boolean) => {
        const useColour = colour && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
        process.stdout.write(formatReport(results, process.cwd(), useColour));
        const hasErrors = results.some((result) => result.diagnostics.some((diagnostic) => diagnostic.severity === 1));
        exitCode = hasErrors ? ExitCode.Problems : ExitCode.Clean;
    };

    program.command('lint')
        .description('Check drafts against the four shifts of community power and drafting practice, as well as the language checks.')
        .argument('[paths...]', 'draft files or folders to search for .commons files', ['.'])
        .option('--no-color', 'never colour the output')
        .action(async (paths: string[], options: { color: boolean }) => report(await checkDrafts(paths, { lint: true }), options.color));

    program.command('check')
        .description('Check drafts for language problems only: syntax, unresolved references, numbering, amounts and dates.')
        .argument('[paths...]', 'draft files or folders to search for .commons files', ['.'])
        .option('--no-color', 'never colour the output')
        .action(async (paths: string[], options: { color: boolean }) => report(await checkDrafts(paths, { lint: false }), options.color));

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
        throw error;
    }
}
