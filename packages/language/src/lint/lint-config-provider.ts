import type { URI } from 'langium';
import type { CommonsServices } from '../commons-module.js';
import { resolveLintConfig, type LintConfig } from './config.js';
import { asFolderUrl, ruleDocsHref, type Rule } from './rule.js';

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
 * of the installed docs folder); a draft whose commons.json names where the docs are published
 * (`docsUrl`) links there instead. Without either, findings carry the docs path but no link.
 */
export class RuleDocs {
    private base: string | undefined;
    // Every finding asks, and parsing a URL each time showed in profiles of large drafts.
    private readonly hrefs = new Map<string, string>();

    useBase(base: string): void {
        this.base = asFolderUrl(base);
    }

    hrefFor(docsPath: string, config: LintConfig): string | undefined {
        const base = config.docsUrl ?? this.base;
        if (!base) return undefined;
        const key = `${base}\n${docsPath}`;
        let href = this.hrefs.get(key);
        if (href === undefined) this.hrefs.set(key, href = ruleDocsHref(docsPath, base));
        return href;
    }
}
