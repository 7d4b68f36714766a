import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderRuleDocs, ruleDocsHref, ruleDocsPath, type Rule } from '@commons/language';

/**
 * The rule documentation shipped with the CLI, if present: docs/rules/ inside the installed
 * package (scripts/pack.mjs puts it there), or in a clone the repository's docs/rules/.
 */
export function bundledRuleDocsFolder(): string | undefined {
    const here = dirname(fileURLToPath(import.meta.url));
    return [join(here, '..', 'docs', 'rules'), join(here, '..', '..', '..', 'docs', 'rules')].find((folder) => existsSync(folder));
}

/** A file: URL of the docs folder, ending in "/", for links in findings on this machine. */
export function bundledRuleDocsBase(): string | undefined {
    const folder = bundledRuleDocsFolder();
    return folder ? `${pathToFileURL(folder).toString()}/` : undefined;
}

/** Where a rule's page can be opened under a docs base (commons.json `docsUrl`, or the shipped docs' file: URL). */
export function ruleDocsUrl(ruleId: string, base: string | undefined): string | undefined {
    return base ? ruleDocsHref(ruleDocsPath(ruleId), base) : undefined;
}

/** A rule's full documentation in Markdown: the shipped page, or rendered from its metadata. */
export function ruleDocsText(rule: Rule, rules: readonly Rule[]): string {
    const folder = bundledRuleDocsFolder();
    const page = folder && join(folder, `${rule.meta.id}.md`);
    if (page && existsSync(page)) return readFileSync(page, 'utf8');
    return renderRuleDocs(rules).get(ruleDocsPath(rule.meta.id)) ?? rule.meta.description;
}
