import type { Diagnostic } from 'vscode-languageserver';
import type { LintDiagnosticData, Shift } from '@commons/language';

export const SHIFT_ORDER: readonly Shift[] = ['community', 'ethos', 'outcomes', 'pluralist'];

/** Each shift in a few plain words, as a lens or summary line names it. */
export const SHIFT_WORDS: Readonly<Record<Shift, string>> = {
    community: 'who holds power',
    ethos: 'ethos over metrics',
    outcomes: 'outcomes over outputs',
    pluralist: 'room for local variety'
};

export type ShiftCounts = Record<Shift, number>;

export function emptyCounts(): ShiftCounts {
    return { community: 0, ethos: 0, outcomes: 0, pluralist: 0 };
}

/** The shift a diagnostic's finding concerns, if it is a four-shift finding. */
export function shiftOf(diagnostic: Diagnostic): Shift | undefined {
    return (diagnostic.data as Partial<LintDiagnosticData> | undefined)?.shift;
}

/**
 * How a part or section fares, in one line: "Four shifts: 2 findings on who holds power; fine on
 * ethos over metrics, outcomes over outputs and room for local variety".
 */
export function describeCounts(counts: ShiftCounts): string {
    const flagged = SHIFT_ORDER.filter((shift) => counts[shift] > 0);
    const fine = SHIFT_ORDER.filter((shift) => counts[shift] === 0);
    if (flagged.length === 0) return 'Four shifts: fine on all four';
    const parts = flagged.map((shift) => `${counts[shift]} ${counts[shift] === 1 ? 'finding' : 'findings'} on ${SHIFT_WORDS[shift]}`);
    const fineWords = fine.map((shift) => SHIFT_WORDS[shift]);
    const fineText = fineWords.length === 0 ? '' : `; fine on ${fineWords.length === 1 ? fineWords[0] : `${fineWords.slice(0, -1).join(', ')} and ${fineWords.at(-1)}`}`;
    return `Four shifts: ${parts.join(', ')}${fineText}`;
}

/** Diagnostics that start within some lines, from a list sorted by line (found by binary search). */
export function findingsWithin(sorted: readonly Diagnostic[], firstLine: number, lastLine: number): Diagnostic[] {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle].range.start.line < firstLine) low = middle + 1;
        else high = middle;
    }
    const found: Diagnostic[] = [];
    for (let index = low; index < sorted.length && sorted[index].range.start.line <= lastLine; index++) found.push(sorted[index]);
    return found;
}
