import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackages, NODE_ENGINES, PUBLISHED } from '../../scripts/pack.mjs';
import { repositoryRoot } from '../helpers/cli.js';

// npm audit cannot reach its service from here, so the README's table of runtime dependencies
// (version, licence, upkeep) is the audit. It must name everything the published packages carry.

const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('### Runtime dependencies: licences and upkeep'), readme.indexOf('`npm test` runs `scripts/ensure-built.mjs`'));
const rows = table.split('\n').filter((line) => line.startsWith('| `'));
const rowNaming = (name: string) => rows.find((row) => row.includes(`\`${name}\``));

const manifest = (workspace: string) => JSON.parse(readFileSync(join(repositoryRoot, workspace, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };

describe('the runtime dependency audit in the README', () => {
    it('names every package bundled into the published command and server, with its licence', () => {
        expect(rows.length).toBeGreaterThan(10);
        for (const { workspace } of PUBLISHED) {
            for (const { name, version, license } of bundledPackages(workspace)) {
                const row = rowNaming(name);
                expect(row, `${name} ${version}, bundled by ${workspace}, is missing from the README's runtime dependency table`).toBeDefined();
                expect(row, `the README's row for ${name} should give its licence, ${license}`).toContain(license);
                expect(row, `the README's row for ${name} should give the version bundled, ${version}`).toContain(version);
            }
        }
    });

    it('records each declared runtime dependency at the version the workspace pins', () => {
        for (const workspace of ['packages/language', 'packages/cli', 'packages/language-server']) {
            for (const [name, version] of Object.entries(manifest(workspace).dependencies ?? {})) {
                if (name.startsWith('@commons/')) continue;
                const row = rowNaming(name);
                expect(row, `${name}, a dependency of ${workspace}, is missing from the README's runtime dependency table`).toBeDefined();
                expect(row, `the README's row for ${name} should say ${version}`).toContain(version);
            }
        }
    });

    it('publishes the Node floor that the bundled libraries declare', () => {
        const floors = PUBLISHED.flatMap(({ workspace }) => bundledPackages(workspace))
            .map(({ folder }) => (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node)
            .map((range) => /^>=\s*(\d+)/.exec(range ?? '')?.[1])
            .filter((major): major is string => major !== undefined)
            .map(Number);
        expect(NODE_ENGINES).toBe(`>=${Math.max(...floors)}`);
        expect((JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node).toBe(NODE_ENGINES);
    });
});
