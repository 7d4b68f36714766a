/** Exit codes, as linters use them: CI can tell "drafts have problems" from "command misused". */
export const ExitCode = {
    /** No errors, and no more warnings than --max-warnings allows. */
    Clean: 0,
    /** Findings at error level, or more warnings than --max-warnings allows. */
    Problems: 1,
    /** The command could not run: a usage mistake, a broken commons.json, a missing or unreadable file. */
    UsageOrInput: 2
} as const;
