import { existsSync, statSync } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import {
    ALL_RULES, citationAround, createCommonsServices, findProseFragments, isClause, isProse, readClause, readingAsText,
    type ClauseReading, type Document, type ProseFragment
} from '@commons/language';
import { ConfigFiles } from '../config-files.js';
import { collectDraftFiles } from '../files/draft-files.js';
import { IgnoreRules } from '../files/ignore-rules.js';
import { displayPath } from '../formatters/formatter.js';
import { InputError } from '../input-error.js';
import { writeOutput } from '../output.js';
import { plural } from '../results.js';
import { Workspace } from '../files/workspace.js';
import { StrictNodeFileSystemProvider } from '../strict-file-system.js';

export interface ExplainOptions {
    format: 'text' | 'json';
}

/** One clause's reading, as `--format json` prints it: where it is, then the ClauseReading. */
export interface ExplainedClause extends ClauseReading {
    file: string;
    /** The line its words start on, counted from 1. */
    line: number;
    /** "section 3(2)", or "" for prose outside a numbered unit. */
    citation: string;
    /** Which words of the clause: its own text, or the closing words after its list. */
    part: 'text' | 'closing words';
}

/**
 * `commons explain FILE[:LINE]`: what Commons read in each clause of a draft (who acts, the kind
 * of act, the modal, the community's part, the four-shift verdicts), so a drafter can see why a
 * finding was or was not made. With a line, only the clause or prose on that line.
 */
export async function explainDraft(target: string, options: ExplainOptions): Promise<number> {
    const cwd = process.cwd();
    const { path, line } = splitTarget(target);
    if (existsSync(path) && statSync(path).isDirectory()) {
        throw new InputError(`${path} is a folder. Name one draft, as in: commons explain ${path.replace(/\/+$/, '')}/draft.commons:12`);
    }
    // A draft named on the command line is read even if an ignore rule covers it, as lint does.
    const [file] = await collectDraftFiles([path], new IgnoreRules(new ConfigFiles(ALL_RULES, {})), cwd);
    const shown = displayPath(file, cwd);
    const { shared } = createCommonsServices({ fileSystemProvider: () => new StrictNodeFileSystemProvider(new Map(), { workspace: new Workspace(process.cwd()) }) });
    // Parsing is enough: a reading is of the clause's own words, and citations are a matter of structure.
    const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file)) as LangiumDocument<Document>;

    const fragments = findProseFragments(document).filter(isClauseWords);
    const chosen = line === undefined ? fragments : fragments.filter((fragment) => fragment.range.start.line + 1 <= line && line <= fragment.range.end.line + 1);
    if (line !== undefined && chosen.length === 0) throw new InputError(noClauseAt(shown, line, document, fragments));

    const clauses = chosen.map((fragment): ExplainedClause => ({
        file: shown,
        line: fragment.range.start.line + 1,
        citation: citationAround(fragment.node),
        part: fragment.property === 'closingWords' ? 'closing words' : 'text',
        ...readClause(fragment.text)
    }));
    const { lexerErrors, parserErrors } = document.parseResult;
    const syntaxErrors = lexerErrors.length + parserErrors.length;
    if (syntaxErrors > 0) {
        process.stderr.write(`commons: ${shown} has ${plural(syntaxErrors, 'syntax error')} (run "commons check ${shown}" to see them); `
            + 'only the clauses Commons could read are explained.\n');
    }
    writeOutput(options.format === 'json' ? `${JSON.stringify({ clauses }, null, 2)}\n` : asText(clauses, shown), undefined);
    return 0;
}

/** "drafts/act.commons:12" is the file and line 12, unless a file is called that. */
function splitTarget(target: string): { path: string; line?: number } {
    const match = /^(.+):(\d+)$/.exec(target);
    if (!match || existsSync(target)) return { path: target };
    const line = Number(match[2]);
    if (line < 1) throw new InputError(`Line ${match[2]} of ${match[1]} does not exist: lines are counted from 1.`);
    return { path: match[1], line };
}

/** The words of a clause: a numbered clause's text or closing words, or a section's unnumbered prose. */
function isClauseWords(fragment: ProseFragment): boolean {
    if (isClause(fragment.node)) return fragment.property === 'text' || fragment.property === 'closingWords';
    return isProse(fragment.node) && fragment.property === 'text';
}


function noClauseAt(shown: string, line: number, document: LangiumDocument, fragments: readonly ProseFragment[]): string {
    // A final line break ends the last line; it does not start another.
    const lines = document.textDocument.getText().replace(/\r?\n$/, '').split('\n').length;
    if (line > lines) return `${shown} has ${plural(lines, 'line')}, so there is no line ${line}.`;
    if (fragments.length === 0) return `Line ${line} of ${shown} holds no clause or prose, and neither does the rest of the draft.`;
    const starts = fragments.map((fragment) => fragment.range.start.line + 1);
    const before = starts.filter((start) => start < line).at(-1);
    const after = starts.find((start) => start > line);
    const nearest = [before, after].filter((start): start is number => start !== undefined).map((start) => `${shown}:${start}`);
    const nearestSay = nearest.length === 1 ? `The nearest clause starts at ${nearest[0]}` : `The nearest clauses start at ${nearest.join(' and ')}`;
    return `Line ${line} of ${shown} holds no clause or prose to explain. ${nearestSay}; `
        + `or run "commons explain ${shown}" for every clause.`;
}

function asText(clauses: readonly ExplainedClause[], shown: string): string {
    if (clauses.length === 0) return `${shown} has no clauses or prose to explain.\n`;
    const blocks = clauses.map((clause) => {
        const where = [clause.citation, clause.part === 'closing words' ? '(closing words)' : ''].filter(Boolean).join(' ');
        return [`${clause.file}:${clause.line}${where ? `  ${where}` : ''}`, ...readingAsText(clause, '  ')].join('\n');
    });
    const note = 'Each clause is read on its own. commons lint also weighs the section around a clause before calling it institution-led '
        + '(a community body that decides there, a tribunal named as the actor), and follows waivers and rule settings, so it may not report every reading above.';
    return `${blocks.join('\n\n')}\n\n${note}\n`;
}
