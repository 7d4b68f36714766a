import type { Fix } from '@commons/language';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * The fixes that can be applied together: whole fixes only, in order, leaving out any fix with
 * an edit that overlaps an edit already chosen (it is tried again on the next pass, against the
 * fixed text). A fix is never applied in part.
 */
export function chooseCompatibleFixes(fixes: readonly Fix[]): Fix[] {
    const chosen: Fix[] = [];
    const taken: Range[] = [];
    const ordered = [...fixes].sort((a, b) => compare(first(a).start, first(b).start));
    for (const fix of ordered) {
        if (fix.edits.some((edit) => taken.some((range) => overlaps(range, edit.range)))) continue;
        chosen.push(fix);
        taken.push(...fix.edits.map((edit) => edit.range));
    }
    return chosen;
}

function first(fix: Fix): Range {
    return fix.edits.reduce((earliest, edit) => (compare(edit.range.start, earliest.start) < 0 ? edit.range : earliest), fix.edits[0].range);
}

/** Ranges overlap when each starts before the other ends; two insertions at one point do not. */
function overlaps(a: Range, b: Range): boolean {
    return compare(a.start, b.end) < 0 && compare(b.start, a.end) < 0;
}

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}
