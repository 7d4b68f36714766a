import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCommonsServices, loadDrafts, summarizeDraft, type DraftSummaryModel, type Document } from '../../packages/language/src/index.js';
import { repositoryRoot } from '../helpers/cli.js';

export const examplesFolder = join(repositoryRoot, 'examples');

function draftsUnder(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? draftsUnder(path) : name.endsWith('.commons') ? [path] : [];
    }).sort();
}

export interface SummarisedExample {
    /** Path under examples/, without ".commons". */
    readonly name: string;
    readonly documents: ReadonlyArray<LangiumDocument<Document>>;
    readonly model: DraftSummaryModel;
}

/**
 * Every example summarised as `commons summarize examples` groups them: a draft with the schedules
 * and definitions it imports; a file imported by an instrument is summarised inside it.
 */
export async function summariseExamples(): Promise<SummarisedExample[]> {
    const { shared, Commons } = createCommonsServices(NodeFileSystem);
    const files = draftsUnder(examplesFolder);
    const documents = await loadDrafts(shared, Commons, files.map((file) => URI.file(file))) as Array<LangiumDocument<Document>>;
    const byPath = new Map(documents.map((document) => [document.uri.fsPath, document]));
    const importsOf = (document: LangiumDocument<Document>) => Commons.workspace.ImportGraph.importsOf(document)
        .map((resolved) => byPath.get(resolved.uri.fsPath)).filter((found): found is LangiumDocument<Document> => found !== undefined);
    const closure = (document: LangiumDocument<Document>) => {
        const seen = new Map([[document.uri.fsPath, document]]);
        const pending = [document];
        while (pending.length > 0) {
            for (const next of importsOf(pending.shift()!)) {
                if (!seen.has(next.uri.fsPath)) {
                    seen.set(next.uri.fsPath, next);
                    pending.push(next);
                }
            }
        }
        return [...seen.values()];
    };
    const inside = new Set(documents.filter((document) => document.parseResult.value.instrument)
        .flatMap((document) => closure(document).filter((other) => !other.parseResult.value.instrument).map((other) => other.uri.fsPath)));
    return documents
        .filter((document) => document.parseResult.value.instrument || !inside.has(document.uri.fsPath))
        .map((document) => {
            const group = [document, ...closure(document).filter((other) => other !== document && !other.parseResult.value.instrument)];
            const model = summarizeDraft({ documents: group, fileName: (doc) => relative(repositoryRoot, doc.uri.fsPath) });
            return { name: relative(examplesFolder, document.uri.fsPath).replace(/\.commons$/, ''), documents: group, model };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every sentence of a summary, in reading order. */
export function sentencesOf(model: DraftSummaryModel) {
    return [...model.whatThisDoes, ...model.parts.flatMap((part) => part.sections.flatMap((section) => section.sentences)), ...model.glossary.flatMap((entry) => entry.sentences)];
}
