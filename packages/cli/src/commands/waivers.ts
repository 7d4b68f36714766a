import { URI, type LangiumDocument } from 'langium';
import { ALL_RULES, createCommonsServices, findWaivers, type Document } from '@commons/language';
import { ConfigFiles } from '../config-files.js';
import { citationAt } from '../engine/problems.js';
import { collectDraftFiles } from '../files/draft-files.js';
import { IgnoreRules } from '../files/ignore-rules.js';
import { displayPath } from '../formatters/formatter.js';
import { refuseToOverwriteInputs, writeOutput } from '../output.js';
import { plural } from '../results.js';
import { Workspace } from '../files/workspace.js';
import { StrictNodeFileSystemProvider } from '../strict-file-system.js';

/** One inline waiver, as the audit trail lists it. */
export interface WaiverRow {
    file: string;
    line: number;
    rules: string[];
    /** Null when the waiver gives no reason: such a waiver is not honoured. */
    reason: string | null;
    /** The provision the waiver covers ("section 3(2)"), or "" at the top level. */
    covers: string;
    coversLines: { start: number; end: number };
    honoured: boolean;
    /** Rule ids in the waiver that name no rule. */
    unknownRules: string[];
}

export interface WaiversOptions {
    format: 'table' | 'json';
    output?: string;
    config?: string;
}

/** `commons waivers`: every inline waiver with its rules, place and reason, for a drafting office's audit trail. */
export async function listWaivers(paths: string[], options: WaiversOptions): Promise<number> {
    const rows = await collectWaivers(paths, options.config, (files) => refuseToOverwriteInputs('--output', options.output, files));
    writeOutput(options.format === 'json' ? asJson(rows) : asTable(rows), options.output);
    return 0;
}

async function collectWaivers(paths: string[], configPath: string | undefined, checkFiles: (files: string[]) => void): Promise<WaiverRow[]> {
    const cwd = process.cwd();
    const files = await collectDraftFiles(paths, new IgnoreRules(new ConfigFiles(ALL_RULES, { configPath })), cwd);
    checkFiles(files);
    const { shared } = createCommonsServices({ fileSystemProvider: () => new StrictNodeFileSystemProvider(new Map(), { workspace: new Workspace(process.cwd()) }) });
    const known = new Set(ALL_RULES.map((rule) => rule.meta.id));
    const rows: WaiverRow[] = [];
    for (const file of files) {
        // Parsing is enough: waivers are comments, and what they cover is a matter of structure.
        const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file)) as LangiumDocument<Document>;
        for (const waiver of findWaivers(document)) {
            rows.push({
                file: displayPath(file, cwd),
                line: waiver.line,
                rules: waiver.ruleIds,
                reason: waiver.reason ?? null,
                covers: citationAt(document, waiver.covers),
                coversLines: { start: waiver.covers.start.line + 1, end: waiver.covers.end.line + 1 },
                honoured: waiver.reason !== undefined,
                unknownRules: waiver.ruleIds.filter((id) => !known.has(id))
            });
        }
    }
    return rows;
}

function asJson(rows: WaiverRow[]): string {
    const summary = { waivers: rows.length, files: new Set(rows.map((row) => row.file)).size, withoutReason: rows.filter((row) => !row.honoured).length };
    return JSON.stringify({ summary, waivers: rows }, null, 2) + '\n';
}

function asTable(rows: WaiverRow[]): string {
    if (rows.length === 0) return 'No waivers: every finding is reported.\n';
    const header = ['file:line', 'rule', 'covers', 'reason'];
    const body = rows.map((row) => [
        `${row.file}:${row.line}`,
        row.rules.map((id) => (row.unknownRules.includes(id) ? `${id} (no such rule)` : id)).join(', ') || '(no rule named)',
        row.covers || `lines ${row.coversLines.start}-${row.coversLines.end}`,
        row.reason ?? '(no reason given, so it is not honoured)'
    ]);
    const widths = header.slice(0, 3).map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
    const line = (cells: string[]) => cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ').trimEnd();
    const withoutReason = rows.filter((row) => !row.honoured).length;
    const files = new Set(rows.map((row) => row.file)).size;
    return [line(header), ...body.map(line), '', `${plural(rows.length, 'waiver')} in ${plural(files, 'file')}${withoutReason ? ` (${withoutReason} without a reason)` : ''}.`].join('\n') + '\n';
}
