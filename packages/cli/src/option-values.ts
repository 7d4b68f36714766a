import { InvalidArgumentError } from 'commander';
import { InputError } from './input-error.js';

// Kept free of the language core, so `commons --help` and usage mistakes answer at once.

/** The output formats of `commons lint --format` (formatters/index.ts has one module for each). */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type FormatName = typeof FORMAT_NAMES[number];

const SEVERITIES = ['off', 'info', 'warning', 'warn', 'error'] as const;
export type SeverityWord = typeof SEVERITIES[number];

/**
 * --rule ID:SEVERITY, repeatable: collects the settings. The shape is checked here; whether the
 * rule exists is checked when the command runs (commands/rule-overrides.ts), with a suggestion.
 */
export function parseRuleOption(value: string, previous: Record<string, SeverityWord> = {}): Record<string, SeverityWord> {
    const split = value.lastIndexOf(':');
    const id = split > 0 ? value.slice(0, split).trim() : '';
    const severity = split > 0 ? value.slice(split + 1).trim() : '';
    if (id === '' || !(SEVERITIES as readonly string[]).includes(severity)) {
        throw new InvalidArgumentError('Write it as rule-id:severity, with a severity of off, info, warning or error (for example --rule drafting/shall:off).');
    }
    return { ...previous, [id]: severity as SeverityWord };
}

/** --jobs N or auto. */
export function parseJobs(value: string): number | 'auto' {
    if (value === 'auto') return 'auto';
    const jobs = Number(value);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new InvalidArgumentError('Give a whole number of threads from 1 to 256, or auto.');
    return jobs;
}

/** --max-warnings N: a whole number, 0 or more. */
export function parseMaxWarnings(value: string): number {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('Give a whole number of warnings (0 or more).');
    return count;
}

/** Options of `commons lint` that cannot go together, refused before anything is read. */
export function checkLintCombinations(paths: readonly string[], options: { fix?: boolean; fixDryRun?: boolean; stdinFilename?: string }): void {
    const fromStdin = paths.includes('-');
    if (options.fix && options.fixDryRun) throw new InputError('Use either --fix or --fix-dry-run, not both.');
    if (fromStdin && paths.length > 1) throw new InputError('"-" reads one draft from standard input; give no other paths with it.');
    if (fromStdin && options.fix) throw new InputError('--fix cannot write back to standard input. Use --fix-dry-run to see the fixes as a diff.');
    if (!fromStdin && options.stdinFilename !== undefined) throw new InputError('--stdin-filename goes with "-" (reading the draft from standard input).');
}
