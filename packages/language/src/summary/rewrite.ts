/**
 * Rewrites that make a hard sentence of a clause easier to read without changing what it says.
 * Each takes the draft's words and returns them shorter or in pieces; the faithfulness checker
 * still compares every piece with the draft, and a piece that fails is put back as it was.
 */

// An aside in brackets that only labels or translates what comes before it: "(their “allocation
// scheme”)", "(FDS)", "(Câmara Municipal)". One that holds a number, a list letter, a modal or a
// condition says something of its own and stays.
const ASIDE = /\s*\(([^()]{1,80})\)/gu;
const ASIDE_KEEPS = /\d|^\s*[a-z]{1,4}\s*$|\b(must|shall|may|not|no|if|unless|where|except|only|until|before|after|within|subject)\b/iu;
const MAX_ASIDE_WORDS = 8;

/** The sentence without asides in brackets that only name or translate what they follow. */
export function withoutLabelAsides(sentence: string): string {
    return sentence.replace(ASIDE, (aside, inside: string) => (ASIDE_KEEPS.test(inside) || inside.trim().split(/\s+/).length > MAX_ASIDE_WORDS ? aside : ''));
}

/** A condition that closes a sentence, with the words that restate it as a sentence of its own. */
const TRAILING_CONDITIONS: readonly (readonly [RegExp, string])[] = [
    [/,?\s+unless\s+/iu, 'This applies unless '],
    [/,?\s+except where\s+/iu, 'This applies except where '],
    [/,\s+if\s+/iu, 'This applies only if '],
    [/,\s+where\s+/iu, 'This applies only where '],
    [/,?\s+provided that\s+/iu, 'This applies provided that ']
];
const MODAL = /\b(must|shall|may|is to|are to|need not|is required to|are required to)\b/iu;
const ENDS_WITH_JOINER = /\b(and|or|but|nor)$/iu;
const MIN_MAIN_WORDS = 5;
const MIN_CONDITION_WORDS = 3;

/**
 * "The council must list the land within 8 weeks unless it is satisfied that ..." as "The
 * council must list the land within 8 weeks." and "This applies unless it is satisfied that
 * ...", keeping the draft's own word for the condition. The first piece states the duty, the second its condition; the checker reads them as one
 * statement, so the condition is not dropped. Returns the sentence whole when it has no such
 * condition after its modal.
 */
export function splitTrailingCondition(sentence: string): string[] {
    const modal = MODAL.exec(sentence);
    if (!modal) return [sentence];
    for (const [pattern, opening] of TRAILING_CONDITIONS) {
        const rest = sentence.slice(modal.index + modal[0].length);
        const found = pattern.exec(rest);
        if (!found) continue;
        const cut = modal.index + modal[0].length + found.index;
        const main = sentence.slice(0, cut).trim();
        const condition = sentence.slice(cut + found[0].length).trim();
        if (wordCount(main) < MIN_MAIN_WORDS || wordCount(condition) < MIN_CONDITION_WORDS) continue;
        // "must decide within 3 months and, where it agrees, must settle ...": a condition set
        // inside the sentence, before more of it, does not close it.
        if (ENDS_WITH_JOINER.test(main) || MODAL.test(condition)) continue;
        return [main, `${opening}${condition}`];
    }
    return [sentence];
}

/** True for a sentence that restates the condition of the one before it. */
export function restatesCondition(sentence: string): boolean {
    return TRAILING_CONDITIONS.some(([, opening]) => sentence.startsWith(opening));
}

function wordCount(text: string): number {
    return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A list label that opens a sentence ("(1)", "(c)", "(iii)", "and (B)"): the draft's numbering,
 * which the summary shows by linking the provision instead. Only a label at the start goes, so a
 * reference inside the sentence ("subsection (3)") stays.
 */
const LIST_LABEL = /^(?:and\s+|or\s+)?\((?:[a-z]{1,2}|[ivx]{1,5}|[A-Z]{1,2}|[IVX]{1,5}|\d{1,3}[A-Za-z]?)\)\s+(?=\S)/u;

export function withoutListLabel(sentence: string): string {
    const bare = sentence.replace(LIST_LABEL, '');
    return bare === sentence ? sentence : bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** An aside that only points elsewhere ("(see Schedule 1, paragraph 2)"): the summary links its source. */
export function withoutPointerAsides(sentence: string): string {
    return sentence.replace(/\s*\(see (?:[^()]|\([^()]{0,8}\)){1,80}\)/giu, '');
}

/**
 * Where a long sentence adds a second statement after a comma, the words that start that
 * statement as a sentence of its own. "which" only when a verb follows it (the thing before
 * does something: "..., which may be participatory budgeting" as "This may be ..."), never when
 * it is the object ("..., which it must then agree"); a participle that goes on describing the
 * same act ("..., drawing on lived experience evidence") as "This draws on ..." (a description
 * of the act, so no modal of its own); "so that" and "including" likewise.
 */
const CLAUSE_OPENINGS: readonly (readonly [RegExp, (duty: boolean, word: string) => string])[] = [
    [/,\s+which\s+(?=(?:must|may|is|are|was|were|has|have|can|will|uses|includes|means|gives|applies|makes|helps)\b)/iu, () => 'This '],
    [/,\s+drawing\s+on\s+/iu, () => 'This draws on '],
    [/,\s+drawing\s+(mainly|largely|chiefly|only|mostly)\s+on\s+/iu, (_duty, adverb) => `This draws ${adverb} on `],
    [/,\s+using\s+/iu, () => 'This uses '],
    [/,\s+so that\s+/iu, () => 'This is so that '],
    // "..., and the notice may be enforced ...": a second statement with its own subject.
    [/,\s+(?:and|but)\s+(?=(?:the|each|every|an?|its|their|no)\s+(?:[\p{L}'’-]+\s+){0,5}(?:must|may|is|are|has|have|decides|decide|can|need)\b)/iu, () => ''],
    [/,\s+including\s+/iu, () => 'This includes ']
];
const MIN_PIECE_WORDS = 5;
const LONG_SENTENCE_WORDS = 20;

/** True for a sentence long enough to be split where it can be, whatever its score. */
export function isLong(sentence: string): boolean {
    return wordCount(sentence) > LONG_SENTENCE_WORDS;
}

/**
 * Splits a long sentence where a second statement starts after a comma (see CLAUSE_OPENINGS).
 * Each piece keeps the draft's words apart from its opening; a piece too short to stand alone
 * stays joined. The piece after a "which" keeps the modal the draft gives it.
 */
export function splitAtClauses(sentence: string): string[] {
    for (const [pattern, opening] of CLAUSE_OPENINGS) {
        const found = pattern.exec(sentence);
        if (!found) continue;
        const main = sentence.slice(0, found.index).trim();
        const rest = sentence.slice(found.index + found[0].length).trim();
        if (wordCount(main) < MIN_PIECE_WORDS || wordCount(rest) < 3) continue;
        // A condition still open in the main part ("where ..., which") belongs with what follows.
        if (/\b(if|where|unless|except|provided)\b[^,]*$/iu.test(main)) continue;
        const duty = /\b(must|shall|is to|are to)\b/iu.test(main) && !/\b(must not|shall not|is not to|are not to)\b/iu.test(main);
        const next = `${opening(duty, found[1] ?? '')}${rest}`;
        return [main, ...splitAtClauses(next.charAt(0).toUpperCase() + next.slice(1))];
    }
    return [sentence];
}
