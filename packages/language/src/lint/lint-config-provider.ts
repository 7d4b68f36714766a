import type { URI } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import { resolveLintConfig, type LintConfig } from './config.js';
import type { Rule } from './rule.js';

/**
 * Which lint settings apply to a draft. The language core cannot read commons.json itself (it
 * has no file system), so each host (CLI, language server, studio) installs a resolver; until
 * then every draft gets the recommended preset.
 */
export class LintConfigProvider {
    private readonly rules: readonly Rule[];
    private resolver: ((uri: URI) => LintConfig) | undefined;
    private recommended: LintConfig | undefined;

    constructor(services: CommonsServices) {
        this.rules = services.lint.Rules;
    }

    useResolver(resolver: (uri: URI) => LintConfig): void {
        this.resolver = resolver;
    }

    configFor(uri: URI): LintConfig {
        if (this.resolver) return this.resolver(uri);
        return this.recommended ??= resolveLintConfig(this.rules);
    }
}

/**
 * Where a rule's documentation can be opened. Hosts that ship the docs set a base (a file: URL
 * of the installed docs folder); without one, findings carry the docs path but no link.
 */
export class RuleDocs {
    private base: string | undefined;

    useBase(base: string): void {
        this.base = base.endsWith('/') ? base : `${base}/`;
    }

    hrefFor(docsPath: string): string | undefined {
        return this.base ? new URL(docsPath.replace(/^docs\/rules\//, ''), this.base).toString() : undefined;
    }
}
