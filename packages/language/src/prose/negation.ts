import type { Negation } from './model.js';
import { endsClause, type ReadingView } from './reading.js';

/** A negated scope in reading positions, before it becomes a public `Negation`. */
export interface ScopeInReading {
    readonly cueStart: number;
    readonly cueEnd: number;
    /** Position one past the last negated token. */
    readonly end: number;
    readonly negation: Negation;
}

const PHRASE_SCOPE_ENDS = new Set([',', 'and', 'or', 'but', 'nor', 'and/or']);

/**
 * Finds negation cues in a reading and how far each reaches. A clause cue ("not", "no", "nothing")
 * reaches to the end of its clause: a semicolon, colon or full stop, a word that ends a scope
 * ("but", "unless", "if", ...), or the subject of the next statement (`statementStarts`). A phrase
 * cue ("without", "rather than") reaches only to the next comma or conjunction. Look-alikes such
 * as "no later than" and "whether or not" are consumed first and open nothing.
 */
export function findNegations(view: ReadingView, statementStarts: ReadonlySet<number>): ScopeInReading[] {
    const scopes: ScopeInReading[] = [];
    for (let position = 0; position < view.length; position++) {
        const hit = view.phraseAt(position, 'negation');
        if (!hit) continue;
        const category = hit.entries[0].category;
        if ((category === 'cue' || category === 'phrase-cue') && !isNumberAbbreviation(view, position)) {
            scopes.push(scopeFrom(view, position, hit.end, category === 'cue' ? 'clause' : 'phrase', statementStarts));
        }
        position = hit.end - 1;
    }
    return scopes;
}

// "No. 5" is a number, not a negation.
function isNumberAbbreviation(view: ReadingView, position: number): boolean {
    return view.norm(position) === 'no' && view.norm(position + 1) === '.';
}

function scopeFrom(view: ReadingView, cueStart: number, cueEnd: number, reach: 'clause' | 'phrase', statementStarts: ReadonlySet<number>): ScopeInReading {
    let end = cueEnd;
    while (end < view.length && !endsScope(view, end, cueStart, reach, statementStarts)) end++;
    const cue = view.phrase(cueStart, cueEnd)!;
    const scope = view.phrase(cueStart, Math.max(end, cueEnd))!;
    return { cueStart, cueEnd, end, negation: { cue, span: scope.span, reach, exclusive: hasExclusiveWord(view, cueStart, end) } };
}

function endsScope(view: ReadingView, position: number, cueStart: number, reach: 'clause' | 'phrase', statementStarts: ReadonlySet<number>): boolean {
    if (endsClause(view.at(position))) return true;
    if (view.phraseAt(position, 'negation', 'scope-end')) return true;
    if (reach === 'phrase' && PHRASE_SCOPE_ENDS.has(view.norm(position)!)) return true;
    return position > cueStart && statementStarts.has(position);
}

// "not ... solely", "not ... only", "... alone": the refusal is of exclusive use. "not only" as one
// phrase is an addition instead, and negation.yaml lists it as not a negation at all.
function hasExclusiveWord(view: ReadingView, from: number, end: number): boolean {
    for (let position = from; position < end; position++) if (view.phraseAt(position, 'negation', 'exclusive', end)) return true;
    return false;
}
