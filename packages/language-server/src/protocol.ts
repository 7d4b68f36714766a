import type { DraftSummaryModel } from '@commons/language';
import { RequestType } from 'vscode-languageserver';

/**
 * The custom request the summary preview uses: `commons/summary`. It returns, for one draft, its
 * outline, its findings grouped by the four shifts and its plain-language summary, ready to show.
 * The server answers once the draft has been fully checked, so the findings are complete. Any LSP
 * client can send it.
 */
export interface DraftSummaryParams {
    textDocument: { uri: string };
}

export interface SummaryFinding {
    message: string;
    /** The rule's id, for lint findings; the check's code otherwise. */
    code?: string;
    severity: 'error' | 'warning' | 'information' | 'hint';
    /** 0-based line and character, as LSP counts them. */
    line: number;
    character: number;
    /** How many fixes the finding offers. */
    fixes: number;
    /** Link to the rule's documentation, when the server knows where it is. */
    docs?: string;
}

export interface SummaryOutlineEntry {
    label: string;
    /** What kind of element it is, in a word: "part", "section", "right", "actor". */
    kind: string;
    line: number;
    /** Four-shift findings inside this entry, including those of its children. */
    findings: number;
    children: SummaryOutlineEntry[];
}

export interface ShiftSummary {
    shift: 'pluralist' | 'ethos' | 'outcomes' | 'community';
    /** "Uniform to pluralist practice". */
    title: string;
    /** What the shift moves away from, and towards. */
    from: string;
    to: string;
    findings: SummaryFinding[];
}

export interface DraftSummary {
    uri: string;
    /** The instrument's kind and title: act "Community Power Act 2027". */
    title: string;
    /** One line on what the file holds: "act, draft: 3 parts, 12 sections, 4 rights". */
    description: string;
    outline: SummaryOutlineEntry[];
    shifts: ShiftSummary[];
    /** Findings that are not about a shift: drafting, budget arithmetic, completeness, waivers. */
    otherFindings: Array<{ pack: string; title: string; findings: SummaryFinding[] }>;
    /** Problems with the draft itself (syntax, references, numbering), most important first. */
    languageProblems: SummaryFinding[];
    /** The plain-language summary, as `commons summarize` writes it (with the schedules and definitions the draft imports). */
    plain?: DraftSummaryModel;
}

export const DraftSummaryRequest = new RequestType<DraftSummaryParams, DraftSummary | null, void>('commons/summary');
