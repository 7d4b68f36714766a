import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './helpers/cli.js';
import { parseWorkspace } from './helpers/workspace.js';

describe('README', () => {
    it('shows an example draft that is valid Commons', async () => {
        const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
        const example = /```commons\n([\s\S]*?)```/.exec(readme)?.[1];
        expect(example).toBeDefined();
        // On its own, exactly as a reader would copy it: no file is supplied beside it.
        const workspace = await parseWorkspace({ 'main.commons': example! });
        expect(workspace.diagnostics('main.commons')).toEqual([]);
    });

    it('gives a quick start of exactly two commands', () => {
        const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
        const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
        const commands = quickStart.split('\n').map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean);
        expect(commands).toEqual(['npm start', 'npm test']);
        const scripts = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')).scripts;
        expect(scripts.start).toBeDefined();
        expect(scripts.test).toBeDefined();
    });
});
