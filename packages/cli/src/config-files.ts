import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseCommonsConfig, resolveLintConfig, type LintConfig, type Rule, type RuleSetting } from '@commons/language';
import { InputError } from './input-error.js';

export const CONFIG_FILE_NAME = 'commons.json';

/**
 * Finds and reads the commons.json that governs each draft: the nearest one in the draft's
 * folder or above it, as ESLint and Prettier look for theirs. Each file is read once.
 */
export class ConfigFiles {
    private readonly byFolder = new Map<string, LintConfig>();

    constructor(private readonly rules: readonly Rule[], private readonly overrides: Record<string, RuleSetting> = {}, private readonly explicitFile?: string) {}

    configFor(draftPath: string): LintConfig {
        if (this.explicitFile) return this.load(this.explicitFile);
        const folder = dirname(draftPath);
        const cached = this.byFolder.get(folder);
        if (cached) return cached;
        const found = findUp(folder);
        const config = found ? this.load(found) : resolveLintConfig(this.rules, {}, this.overrides);
        this.byFolder.set(folder, config);
        return config;
    }

    private load(path: string): LintConfig {
        const key = `file:${path}`;
        const cached = this.byFolder.get(key);
        if (cached) return cached;
        let text: string;
        try {
            text = readFileSync(path, 'utf8');
        } catch {
            throw new InputError(`Cannot read the configuration file ${path}. Check that it exists and can be read.`);
        }
        const { file, problems } = parseCommonsConfig(text, this.rules);
        if (problems.length > 0 || !file) {
            const shown = relative(process.cwd(), path) || path;
            throw new InputError(`${shown} has problems, so no drafts were checked:\n`
                + problems.map((problem) => `  ${shown}:${problem.line}:${problem.column}  ${problem.message}`).join('\n'));
        }
        const config = resolveLintConfig(this.rules, file, this.overrides);
        this.byFolder.set(key, config);
        return config;
    }
}

function findUp(folder: string): string | undefined {
    for (let current = folder; ; current = dirname(current)) {
        const candidate = join(current, CONFIG_FILE_NAME);
        if (existsSync(candidate)) return candidate;
        if (dirname(current) === current) return undefined;
    }
}
