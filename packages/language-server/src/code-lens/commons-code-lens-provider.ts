import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isPart, isSchedule, isSection, walkAst } from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { describeCounts, emptyCounts, findingsWithin, shiftOf } from './shift-counts.js';

/**
 * A lens above each part, section and schedule saying how it fares against the four shifts: how
 * many findings it has on each, in plain words. Counts come from the findings the writer sees.
 */
export class CommonsCodeLensProvider implements CodeLensProvider {
    private readonly services: CommonsLspServices;

    constructor(services: CommonsLspServices) {
        this.services = services;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const diagnostics = (this.services.editor.PublishedDiagnostics.get(document.uri.toString()) ?? document.diagnostics ?? [])
            .filter((diagnostic) => shiftOf(diagnostic) !== undefined)
            .sort((a, b) => a.range.start.line - b.range.start.line);
        const lenses: CodeLens[] = [];
        walkAst(document.parseResult.value, (unit) => {
            if (!isPart(unit) && !isSection(unit) && !isSchedule(unit)) return;
            const range = unit.$cstNode?.range;
            if (!range) return;
            const counts = emptyCounts();
            for (const diagnostic of findingsWithin(diagnostics, range.start.line, range.end.line)) counts[shiftOf(diagnostic)!]++;
            lenses.push({ range: { start: range.start, end: range.start }, command: { title: describeCounts(counts), command: '' } });
        });
        return lenses;
    }
}
