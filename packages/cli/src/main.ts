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

    program.command('check')
        .description('Check drafts for language problems: syntax, unresolved references, numbering, amounts and dates.')
        .argument('[paths...]', 'draft files or folders to search for .commons files', ['.'])
        .option('--no-color', 'never colour the output')
        .action(async (paths: string[], options: { color: boolean }) => {
            const results = await checkDrafts(paths);
            const useColour = options.color && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
            process.stdout.write(formatReport(results, process.cwd(), useColour));
            const hasErrors = results.some((result) => result.diagnostics.some((diagnostic) => diagnostic.severity === 1));
            exitCode = hasErrors ? ExitCode.Problems : ExitCode.Clean;
        });

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
