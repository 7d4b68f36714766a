import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { URI, type FileSystemProvider } from 'langium';
import { ConfinedFileSystemProvider } from '../workspace/confined-file-system.js';
import {
    PRESET_NAMES, normaliseSeverity, parseCommonsConfig, resolveLintConfig,
    type CommonsConfigFile, type ConfigProblem, type LintConfig, type PresetName, type Rule, type RuleSetting
} from '@commons/language';
import ignore, { type Ignore } from 'ignore';

export const CONFIG_FILE_NAME = 'commons.json';

/** The editor's own Commons settings (`commons.preset`, `commons.rules`). */
export interface EditorLintSettings {
    /** Used when no commons.json chooses a preset with "extends". */
    preset?: PresetName;
    /** Rule settings applied on top of commons.json, to try a rule out locally. */
    rules?: Record<string, RuleSetting>;
}

/** A commons.json as read: its settings, or the problems that stopped them being used. */
export interface ConfigFileState {
    path: string;
    file?: CommonsConfigFile;
    problems: ConfigProblem[];
}

const SEVERITY_WORDS = new Set(['off', 'info', 'warning', 'warn', 'error']);

/**
 * Which lint settings apply to each draft: the nearest commons.json in the draft's folder or any
 * folder above it (as the command line finds it), with the editor's settings on top. Files are
 * read once and cached by folder; `forget` clears the cache when a commons.json or the editor
 * settings change.
 */
export class LintSettings {
    private editor: EditorLintSettings = {};
    private readonly configPathByFolder = new Map<string, string | undefined>();
    private readonly files = new Map<string, ConfigFileState>();
    private readonly resolved = new Map<string, LintConfig>();
    private readonly ignoreRules = new Map<string, Ignore>();

    /**
     * @param fileSystem the server's file system: when it confines reads to the workspace folders,
     * a commons.json outside them is not looked for, and one that is not a regular file (a pipe)
     * is not opened.
     */
    constructor(private readonly rules: readonly Rule[], private readonly fileSystem?: FileSystemProvider) {}

    /** The settings for a draft. Drafts that are not files (unsaved buffers) get the editor settings only. */
    configFor(uri: URI): LintConfig {
        const configFile = uri.scheme === 'file' ? this.configFileFor(dirname(uri.fsPath)) : undefined;
        const key = configFile?.path ?? '(none)';
        let config = this.resolved.get(key);
        if (!config) {
            config = resolveLintConfig(this.rules, this.withEditorPreset(configFile?.file), this.editorRuleOverrides());
            this.resolved.set(key, config);
        }
        if (configFile && config.ignore.length > 0 && this.isIgnored(uri.fsPath, configFile.path, config.ignore)) {
            return this.allRulesOff(config);
        }
        return config;
    }

    /** Every commons.json read so far, with its problems (for publishing as diagnostics). */
    get configFiles(): readonly ConfigFileState[] {
        return [...this.files.values()];
    }

    /** Takes new editor settings; returns true when they differ from the old ones. */
    useEditorSettings(settings: unknown): boolean {
        const next = sanitiseEditorSettings(settings, this.rules);
        const changed = JSON.stringify(next) !== JSON.stringify(this.editor);
        this.editor = next;
        if (changed) this.resolved.clear();
        return changed;
    }

    /** Forgets every file read, so the next draft checked reads commons.json afresh. */
    forget(): void {
        this.configPathByFolder.clear();
        this.files.clear();
        this.resolved.clear();
        this.ignoreRules.clear();
    }

    /**
     * Whether commons.json's `ignore` list leaves a draft out. The patterns use .gitignore syntax,
     * relative to the folder of the commons.json, read with the same library as the command line,
     * so a draft the CI run skips is a draft the editor does not lint either.
     */
    private isIgnored(draftPath: string, configPath: string, patterns: readonly string[]): boolean {
        const path = relative(dirname(configPath), draftPath);
        if (path === '' || path.startsWith('..')) return false;
        let rules = this.ignoreRules.get(configPath);
        if (!rules) this.ignoreRules.set(configPath, rules = ignore().add([...patterns]));
        return rules.ignores(path.split(sep).join('/'));
    }

    private configFileFor(folder: string): ConfigFileState | undefined {
        const path = this.findConfigPath(folder);
        if (!path) return undefined;
        let state = this.files.get(path);
        if (!state) {
            state = readConfigFile(path, this.rules, this.fileSystem);
            this.files.set(path, state);
        }
        return state;
    }

    private findConfigPath(folder: string): string | undefined {
        const visited: string[] = [];
        let found: string | undefined;
        for (let current = folder; ; current = dirname(current)) {
            if (this.configPathByFolder.has(current)) {
                found = this.configPathByFolder.get(current);
                break;
            }
            visited.push(current);
            const candidate = join(current, CONFIG_FILE_NAME);
            if (existsSync(candidate) && !(this.fileSystem instanceof ConfinedFileSystemProvider && this.fileSystem.refusal(URI.file(candidate)))) {
                found = candidate;
                break;
            }
            if (dirname(current) === current) break;
        }
        visited.forEach((each) => this.configPathByFolder.set(each, found));
        return found;
    }

    private withEditorPreset(file: CommonsConfigFile | undefined): CommonsConfigFile {
        if (file?.extends !== undefined || !this.editor.preset) return file ?? {};
        return { ...file, extends: this.editor.preset };
    }

    private editorRuleOverrides(): Record<string, RuleSetting> {
        return this.editor.rules ?? {};
    }

    private allRulesOff(config: LintConfig): LintConfig {
        const rules = new Map([...config.rules].map(([id, setting]) => [id, { ...setting, severity: 'off' as const }]));
        return { ...config, rules };
    }
}

function readConfigFile(path: string, rules: readonly Rule[], fileSystem?: FileSystemProvider): ConfigFileState {
    let text: string;
    try {
        text = fileSystem instanceof ConfinedFileSystemProvider ? fileSystem.readFileSync(URI.file(path)) : readFileSync(path, 'utf8');
    } catch {
        return { path, problems: [{ message: 'This file could not be read, so the recommended settings are used instead.', line: 1, column: 1 }] };
    }
    const { file, problems } = parseCommonsConfig(text, rules);
    return { path, file, problems };
}

/** Keeps only settings Commons understands, so a typo in the editor settings cannot break linting. */
function sanitiseEditorSettings(settings: unknown, rules: readonly Rule[]): EditorLintSettings {
    if (typeof settings !== 'object' || settings === null) return {};
    const { preset, rules: ruleSettings } = settings as { preset?: unknown; rules?: unknown };
    const result: EditorLintSettings = {};
    if (typeof preset === 'string' && (PRESET_NAMES as readonly string[]).includes(preset)) result.preset = preset as PresetName;
    if (typeof ruleSettings === 'object' && ruleSettings !== null) {
        const known = new Set(rules.map((rule) => rule.meta.id));
        const kept: Record<string, RuleSetting> = {};
        for (const [id, setting] of Object.entries(ruleSettings as Record<string, unknown>)) {
            if (!known.has(id)) continue;
            const severity = Array.isArray(setting) ? setting[0] : setting;
            if (typeof severity !== 'string' || !SEVERITY_WORDS.has(severity)) continue;
            const options = Array.isArray(setting) && typeof setting[1] === 'object' && setting[1] !== null ? setting[1] as Record<string, unknown> : undefined;
            const normalised = normaliseSeverity(severity as Parameters<typeof normaliseSeverity>[0]);
            kept[id] = options ? [normalised, options] : normalised;
        }
        if (Object.keys(kept).length > 0) result.rules = kept;
    }
    return result;
}
