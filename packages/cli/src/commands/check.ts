import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { createCommonsServices, describeDraft, loadDrafts, resolveLintConfig, type Document, type LintConfig } from '@commons/language';
import { ConfigFiles } from '../config-files.js';
import { collectDraftFiles } from '../draft-files.js';
import { StrictNodeFileSystemProvider } from '../strict-file-system.js';
import type { FileResult } from '../report.js';

export interface CheckOptions {
    /** Run the four-shift linter as well as the language's own checks. */
    lint: boolean;
}

/**
 * Checks drafts and returns a result per file, including files the drafts import: the
 * language's own checks always, the lint rules when asked, configured by the nearest commons.json.
 */
export async function checkDrafts(paths: string[], options: CheckOptions): Promise<FileResult[]> {
    const files = await collectDraftFiles(paths);
    const { shared, Commons } = createCommonsServices({ fileSystemProvider: () => new StrictNodeFileSystemProvider() });
    const rules = Commons.lint.Rules;
    const docs = bundledRuleDocs();
    if (docs) Commons.lint.RuleDocs.useBase(pathToFileURL(docs).toString());
    if (options.lint) {
        const configs = new ConfigFiles(rules);
        files.forEach((file) => configs.configFor(file));
        Commons.lint.LintConfigProvider.useResolver((uri) => configs.configFor(uri.fsPath));
    } else {
        const languageOnly: LintConfig = resolveLintConfig(rules, { rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])) });
        Commons.lint.LintConfigProvider.useResolver(() => languageOnly);
    }
    const documents = await loadDrafts(shared, Commons, files.map((file) => URI.file(file)));
    return documents
        .map((document) => ({
            path: document.uri.fsPath,
            description: describeDraft(document.parseResult.value as Document),
            diagnostics: document.diagnostics ?? []
        }))
        .sort((a, b) => a.path.localeCompare(b.path));
}

/** The rule documentation shipped beside the CLI, so findings can link to it without a network. */
function bundledRuleDocs(): string | undefined {
    const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'docs', 'rules') + '/';
    return existsSync(folder) ? folder : undefined;
}
