import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { commonsBin, repositoryRoot, type CliRun } from '../helpers/cli.js';
import { sharedFile } from '../helpers/shared.js';

/**
 * Runs the built `commons` command as a real process without blocking, so a test can start
 * several runs at once and share their results across assertions (2-core CI: fewer, parallel
 * processes keep the suite quick).
 */
export function commons(args: string[], options: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [commonsBin, ...args], {
            cwd: options.cwd ?? repositoryRoot,
            env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '', ...options.env }
        });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
        child.stdin.end(options.input ?? '');
    });
}

/** Runs each named case (a command line) at once in the folder, and gives the runs by name. */
export async function commonsRuns(cases: Record<string, string[]>, cwd: string): Promise<Record<string, CliRun>> {
    const names = Object.keys(cases);
    const runs = await Promise.all(names.map((name) => commons(cases[name], { cwd })));
    return Object.fromEntries(names.map((name, index) => [name, runs[index]]));
}

/**
 * A small draft with known findings: missing ethos (warning, fix needs review), "shall" twice
 * and "his" (warnings with safe fixes), and a decision kept by the minister (error, fix needs
 * review).
 */
export const WEAK_DRAFT = `act "Parks Act" {
  actor minister: minister "the Secretary of State"
  actor residents: residents "people who live nearby"

  section 1 "Park plans" {
    (1) "The [minister] shall publish a plan for each park, and his decision is final."
    participation ParkPlans { participants residents level consult matter "the plans for the parks" decided by minister }
  }

  section 2 "Reports" {
    (1) "The [minister] shall report on the plans every year."
  }
}
`;

/** A draft with no findings under the recommended preset. */
export const CLEAN_DRAFT = `act "Neighbourhood Spaces Act" {
  status draft
  purpose "Let neighbourhoods run the spaces they depend on."
  ethos "Communities know their places best; public bodies work with them as equal partners."

  actor forum: neighbourhood-forum "the neighbourhood forum"
  actor council: local-authority "the relevant local authority"
  "community body" means "a body run by and accountable to people who live in the neighbourhood"

  section 1 "Right to run a neighbourhood space" {
    (1) "A [community body] may ask to run a community building that the [council] owns."
    right RunSpace {
      holder [community body]
      duty-bearer council
      time-limit 6 months
      appeal "to the First-tier Tribunal, against a refusal or a failure to decide in time"
    }
  }
}
`;

/** Checks a log against the SARIF 2.1.0 schema OASIS publishes (kept in the shared folder). */
export function sarifValidator(): ValidateFunction {
    const schema = JSON.parse(readFileSync(sharedFile('schemas', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    // The default Ajv class reads draft-07; a schema in a later draft would need another class.
    if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') throw new Error(`The SARIF schema is written in ${schema.$schema}, not draft-07.`);
    const ajv = new Ajv({ allErrors: true, strict: false });
    // ajv-formats is CommonJS: its plugin is the module itself or its default export.
    const formatsPlugin = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
    formatsPlugin(ajv);
    return ajv.compile(schema);
}

/** The rule ids of the problems in a --format json report, file by file. */
export function ruleIdsByFile(json: string): Record<string, string[]> {
    const report = JSON.parse(json) as { files: Array<{ path: string; problems: Array<{ ruleId: string }> }> };
    return Object.fromEntries(report.files.map((file) => [file.path, file.problems.map((problem) => problem.ruleId)]));
}
