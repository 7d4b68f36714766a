import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commonsBin, fixtureFolder, type CliRun } from '../helpers/cli.js';
import { commons } from './support.js';

/** Enough drafts that checking them takes well over the second after which the bar appears. */
function longRunFolder(): string {
    const files: Record<string, string> = {};
    for (let file = 0; file < 60; file++) {
        const sections = Array.from({ length: 60 }, (_, section) => {
            const clauses = Array.from({ length: 4 }, (_, clause) =>
                `    (${clause + 1}) "The council must publish a plan for ward ${file}-${section}-${clause} after it has consulted the residents who live there."`);
            return [`  section ${section + 1} {`, ...clauses, '  }'].join('\n');
        });
        files[`act-${file}.commons`] = `act "Act ${file}" {\n${sections.join('\n')}\n}\n`;
    }
    return fixtureFolder(files);
}

/**
 * Runs `commons` inside a pseudo-terminal (util-linux `script`), so standard output and
 * standard error are a terminal as they are for someone at a prompt; gives what the terminal showed.
 */
function commonsAtTerminal(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
    const command = [process.execPath, commonsBin, ...args].map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
    return new Promise((resolve, reject) => {
        const child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...process.env, NO_COLOR: '1', TERM: 'xterm', ...env } });
        const output: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout: Buffer.concat(output).toString('utf8'), stderr: '' }));
        child.stdin.end();
    });
}

describe('commons lint progress bar', () => {
    let atTerminal: CliRun;
    let inCi: CliRun;
    let piped: CliRun;

    beforeAll(async () => {
        const folder = longRunFolder();
        const args = (name: string) => ['lint', folder, '--root', folder, '--format', 'json', '--output', join(folder, `${name}.json`)];
        [atTerminal, inCi, piped] = await Promise.all([
            commonsAtTerminal(args('terminal'), { CI: '' }),
            commonsAtTerminal(args('ci'), { CI: 'true' }),
            commons(args('piped'))
        ]);
    }, 120_000);

    it('shows files done and throughput at a terminal, then clears the line', () => {
        expect(atTerminal.status).toBe(1);
        expect(atTerminal.stdout).toMatch(/\[#*-*\] \d+\/60 files, \d+\.\d MB\/s/);
        expect(atTerminal.stdout).toContain('\u001b[2K');
        expect(atTerminal.stdout).not.toMatch(/MB\/s[^\u001b]*$/);
    });

    it('stays out of CI logs and piped output', () => {
        expect(inCi.status).toBe(1);
        expect(inCi.stdout).not.toContain('MB/s');
        expect(piped.status).toBe(1);
        expect(`${piped.stdout}${piped.stderr}`).not.toContain('MB/s');
    });
});
