import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import {
    ALL_RULES, SUMMARY_TARGET, WHAT_THIS_DOES_TARGET, createCommonsServices, loadDrafts, renderSummary, summarizeDraft,
    type DraftSummaryModel, type Document, type SummaryFormat
} from '@commons/language';
import { ConfigFiles } from '../config-files.js';
import { collectDraftFiles } from '../files/draft-files.js';
import { IgnoreRules } from '../files/ignore-rules.js';
import { displayPath } from '../formatters/formatter.js';
import { InputError } from '../input-error.js';
import { writeOutput } from '../output.js';
import { plural } from '../results.js';
import { StrictNodeFileSystemProvider } from '../strict-file-system.js';

export interface SummarizeOptions {
    format: SummaryFormat;
    output?: string;
    config?: string;
}

/**
 * `commons summarize <paths...>`: a plain-language summary of each draft, with the schedules and
 * definitions it imports. A file imported by another draft named in the same run is summarised
 * as part of that draft. Exit 0 when every summary passed the faithfulness check, 1 when one
 * still has a sentence that does not match its source, 2 when the command could not run.
 */
export async function summarizeDrafts(paths: readonly string[], options: SummarizeOptions): Promise<number> {
    const cwd = process.cwd();
    const configs = new ConfigFiles(ALL_RULES, { configPath: options.config });
    const files = await collectDraftFiles(paths, new IgnoreRules(configs), cwd);
    if (files.length === 0) throw new InputError(`No drafts found in ${paths.join(', ')}. Name .commons files or the folders that hold them.`);

    const { shared, Commons } = createCommonsServices({ fileSystemProvider: () => new StrictNodeFileSystemProvider() });
    Commons.lint.LintConfigProvider.useResolver((uri) => configs.configFor(uri.fsPath));
    const documents = await loadDrafts(shared, Commons, files.map((file) => URI.file(file))) as Array<LangiumDocument<Document>>;
    const byPath = new Map(documents.map((document) => [document.uri.fsPath, document]));
    const importsOf = (document: LangiumDocument<Document>) => Commons.workspace.ImportGraph.importsOf(document)
        .map((resolved) => byPath.get(resolved.uri.fsPath)).filter((found): found is LangiumDocument<Document> => found !== undefined);

    // Files imported by an instrument named in this run are summarised inside it.
    const named = files.map((file) => byPath.get(file)).filter((found): found is LangiumDocument<Document> => found !== undefined);
    const inside = new Set<string>();
    for (const document of named) {
        if (!document.parseResult.value.instrument) continue;
        for (const imported of closure(document, importsOf)) if (!imported.parseResult.value.instrument) inside.add(imported.uri.fsPath);
    }
    const entries = named.filter((document) => !inside.has(document.uri.fsPath) || document.parseResult.value.instrument !== undefined);

    // --output names a file when it ends in a summary's extension (and one draft is summarised), else a folder.
    const outputIsFolder = options.output !== undefined && (entries.length > 1 || !/\.(md|markdown|html|htm|txt)$/i.test(options.output)
        || (existsSync(options.output) && statSync(options.output).isDirectory()));
    if (options.output === undefined && entries.length > 1 && options.format === 'html') {
        throw new InputError(`${plural(entries.length, 'draft')} to summarise as HTML: name a folder to write them to, as in: commons summarize ${paths.join(' ')} --format html --output summaries/`);
    }

    const base = commonFolder(entries.map((document) => document.uri.fsPath));
    let unfaithful = 0;
    const written: string[] = [];
    const printed: string[] = [];
    for (const document of entries) {
        const included = closure(document, importsOf).filter((other) => other !== document && !other.parseResult.value.instrument);
        const model = summarizeDraft({
            documents: [document, ...included],
            fileName: (doc) => displayPath(doc.uri.fsPath, cwd)
        });
        report(model, displayPath(document.uri.fsPath, cwd));
        if (model.check.issues.length > 0) unfaithful++;
        const text = renderSummary(model, options.format);
        if (options.output === undefined) printed.push(text);
        else if (outputIsFolder) {
            const target = join(resolve(cwd, options.output), relative(base, document.uri.fsPath).replace(/\.commons$/, `.${options.format}`));
            try {
                mkdirSync(dirname(target), { recursive: true });
                writeFileSync(target, text);
            } catch (error) {
                throw new InputError(`Cannot write the summary to ${displayPath(target, cwd)}: ${(error as Error).message}`);
            }
            written.push(displayPath(target, cwd));
        } else {
            writeOutput(text, options.output);
            written.push(options.output);
        }
    }
    if (printed.length > 0) process.stdout.write(printed.join(options.format === 'md' ? '\n---\n\n' : '\n\n'));
    if (written.length > 0) process.stderr.write(`commons: wrote ${plural(written.length, 'summary', 'summaries')}: ${written.length <= 3 ? written.join(', ') : `${written.slice(0, 2).join(', ')} and ${written.length - 2} more in ${displayPath(resolve(cwd, options.output!), cwd)}`}\n`);
    return unfaithful > 0 ? 1 : 0;
}

function report(model: DraftSummaryModel, shown: string): void {
    for (const issue of model.check.issues) {
        process.stderr.write(`commons: ${shown}: a summary sentence does not match ${issue.sources.map((id) => model.sources[id]?.citation ?? id).join(' and ')} (${issue.kind}): ${issue.detail}. `
            + 'The summary shows the problem; please report it, with the draft, as a fault in commons.\n');
    }
    const { summary, whatThisDoes } = model.readability;
    if (summary.ease < SUMMARY_TARGET || whatThisDoes.ease < WHAT_THIS_DOES_TARGET) {
        process.stderr.write(`commons: ${shown}: the summary reads at ${summary.ease} ("What this does" at ${whatThisDoes.ease}) on the Flesch scale, below the targets of ${SUMMARY_TARGET} and ${WHAT_THIS_DOES_TARGET}.\n`);
    }
}

function closure(document: LangiumDocument<Document>, importsOf: (document: LangiumDocument<Document>) => Array<LangiumDocument<Document>>): Array<LangiumDocument<Document>> {
    const seen = new Map<string, LangiumDocument<Document>>([[document.uri.fsPath, document]]);
    const pending = [document];
    while (pending.length > 0) {
        for (const next of importsOf(pending.shift()!)) {
            if (seen.has(next.uri.fsPath)) continue;
            seen.set(next.uri.fsPath, next);
            pending.push(next);
        }
    }
    return [...seen.values()];
}

/** The deepest folder holding every file, so a folder of summaries mirrors the drafts' layout. */
function commonFolder(paths: readonly string[]): string {
    if (paths.length === 0) return process.cwd();
    let folder = dirname(paths[0]);
    while (!paths.every((path) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep)) && dirname(folder) !== folder) folder = dirname(folder);
    return folder;
}

