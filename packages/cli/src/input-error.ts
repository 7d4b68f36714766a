/**
 * A problem with what the user asked for or gave us (a missing path, a file that is not text),
 * as opposed to a problem found in a draft. Reported plainly and exits with code 2.
 */
export class InputError extends Error {
    override readonly name = 'InputError';
}
