import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from './input-error.js';

/** Writes a report to --output FILE (creating its folder), or to standard output. */
export function writeOutput(text: string, outputPath: string | undefined): void {
    if (outputPath === undefined) {
        process.stdout.write(text);
        return;
    }
    const absolute = resolve(outputPath);
    try {
        mkdirSync(dirname(absolute), { recursive: true });
        writeFileSync(absolute, text);
    } catch (error) {
        throw new InputError(`Cannot write the report to ${outputPath}: ${(error as Error).message}`);
    }
}
