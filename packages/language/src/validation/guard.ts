import { isOperationCancelled, type AstNode, type ValidationAcceptor } from 'langium';

/**
 * The code of a finding that says Commons itself failed (a check or lint rule threw). Front ends
 * treat it as a fault of the tool, not of the draft: the CLI exits with code 2 for it.
 */
export const INTERNAL_ERROR_CODE = 'commons/internal-error';

/** What a guarded check reports when it throws. Plain words, no technical detail in the message. */
export function internalErrorMessage(what: string): string {
    return `Commons failed while running ${what} on this part of the draft. This is a fault in Commons, not in your draft: `
        + 'please report it. The other checks still ran, but this one may have missed problems here.';
}

/** The technical detail of an error, kept in a finding's data for the bug report (never in its message). */
export function errorDetail(error: unknown): string {
    return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

type Check<N extends AstNode> = (node: N, accept: ValidationAcceptor, ...rest: never[]) => void | Promise<void>;

/**
 * A check that cannot stop the others: an exception inside it becomes one error finding on the
 * node, coded commons/internal-error and naming the check, and validation carries on. A
 * cancelled run (a newer edit in the editor) still stops it.
 */
export function guarded<N extends AstNode>(name: string, check: Check<N>): (node: N, accept: ValidationAcceptor) => void | Promise<void> {
    const report = (node: N, accept: ValidationAcceptor, error: unknown) => {
        if (isOperationCancelled(error)) throw error;
        accept('error', internalErrorMessage(`its ${name} check`), {
            node, code: INTERNAL_ERROR_CODE, data: { code: INTERNAL_ERROR_CODE, check: name, detail: errorDetail(error) }
        });
    };
    // Synchronous checks stay synchronous: the validator awaits only what returns a promise.
    const run = (node: N, accept: ValidationAcceptor): void | Promise<void> => {
        try {
            const result = (check as (node: N, accept: ValidationAcceptor) => void | Promise<void>)(node, accept);
            if (result instanceof Promise) return result.catch((error: unknown) => report(node, accept, error));
        } catch (error) {
            report(node, accept, error);
        }
    };
    Object.defineProperty(run, 'name', { value: `guarded ${name}` });
    return run;
}
