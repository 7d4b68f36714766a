import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseCommonsConfig, resolveLintConfig, type CommonsConfigFile, type LintConfig, type Rule, type RuleSetting } from '@commons/language';
import { Workspace } from './files/workspace.js';
import { InputError } from './input-error.js';

export const CONFIG_FILE_NAME = 'commons.json';

/** What a run was told about settings on the command line. */
export interface SettingsOptions {
    /** --config FILE: use this file for every draft instead of looking for commons.json. */
    configPath?: string;
    /** --rule ID:SEVERITY, applied on top of the file's settings. */
    ruleOverrides?: Record<string, RuleSetting>;
}

/**
 * Finds and reads the commons.json that governs each draft: the nearest one in the draft's
 * folder or above it, as ESLint and Prettier look for theirs, unless --config names one. Each
 * file is read once; a file with problems stops the run (InputError) before anything is checked.
 */
export class ConfigFiles {
    private readonly nearest = new Map<string, string | undefined>();
    private readonly files = new Map<string, { file: CommonsConfigFile; config: LintConfig }>();
    private readonly explicitFile: string | undefined;
    private readonly overrides: Record<string, RuleSetting>;
    private defaults: LintConfig | undefined;

    /**
     * @param workspace where settings may be read from: a commons.json outside it (above the
     * workspace folder, or behind a link that leads out) is never read.
     */
    constructor(private readonly rules: readonly Rule[], options: SettingsOptions = {}, private readonly workspace = new Workspace(process.cwd())) {
        this.explicitFile = options.configPath === undefined ? undefined : resolve(options.configPath);
        this.overrides = options.ruleOverrides ?? {};
        if (this.explicitFile && !existsSync(this.explicitFile)) {
            throw new InputError(`Cannot find the configuration file ${options.configPath}. Check the path given to --config.`);
        }
        if (this.explicitFile) this.readText(this.explicitFile);
    }

    /** The settings for a draft at this path. */
    configFor(draftPath: string): LintConfig {
        const path = this.configPathFor(draftPath);
        return path ? this.load(path).config : (this.defaults ??= resolveLintConfig(this.rules, {}, this.overrides));
    }

    /** The commons.json that governs a draft at this path, if any. */
    configPathFor(draftPath: string): string | undefined {
        return this.explicitFile ?? this.findUp(dirname(draftPath));
    }

    /** The `ignore` patterns that apply to a path, and the file they come from. */
    ignoreListFor(path: string): { configPath: string; patterns: readonly string[] } | undefined {
        const configPath = this.configPathFor(path);
        return configPath ? { configPath, patterns: this.load(configPath).file.ignore ?? [] } : undefined;
    }

    private load(path: string): { file: CommonsConfigFile; config: LintConfig } {
        const cached = this.files.get(path);
        if (cached) return cached;
        const { file, problems } = parseCommonsConfig(this.readText(path), this.rules);
        if (problems.length > 0 || !file) {
            const shown = relative(process.cwd(), path) || path;
            throw new InputError(`${shown} has problems, so no drafts were checked:\n`
                + problems.map((problem) => `  ${shown}:${problem.line}:${problem.column}  ${problem.message}`).join('\n'));
        }
        const loaded = { file, config: resolveLintConfig(this.rules, file, this.overrides) };
        this.files.set(path, loaded);
        return loaded;
    }

    /** The text of a settings file inside the workspace; anything else stops the run, naming the file. */
    private readText(path: string): string {
        const read = this.workspace.read(path, 'configuration');
        if ('refusal' in read) throw new InputError(`${read.refusal.message} (This is the configuration file, so no drafts were checked.)`);
        if ('missing' in read) throw new InputError(`Cannot read the configuration file ${path}. Check that it exists and can be read.`);
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
        } catch {
            throw new InputError(`The configuration file ${path} is not saved as UTF-8 text. Save it again as UTF-8.`);
        }
    }

    /** The nearest commons.json in a folder or above it, looking no higher than the workspace folder. */
    private findUp(folder: string): string | undefined {
        if (this.nearest.has(folder)) return this.nearest.get(folder);
        const candidate = join(folder, CONFIG_FILE_NAME);
        const parent = dirname(folder);
        const real = realFolder(folder);
        const inside = this.workspace.contains(real);
        const found = !inside ? undefined
            : existsSync(candidate) ? candidate
            : real === this.workspace.root || parent === folder ? undefined : this.findUp(parent);
        this.nearest.set(folder, found);
        return found;
    }
}

function realFolder(folder: string): string {
    try {
        return realpathSync(folder);
    } catch {
        return folder;
    }
}
