import type { Shift } from '../lint/rule.js';
import type { ReadabilityFigures } from './readability.js';

/**
 * A plain-language summary of one draft, as data. The renderers (Markdown, HTML, text) only lay
 * it out; every sentence in it names the provisions it comes from.
 */
export interface DraftSummaryModel {
    readonly title: string;
    /** act, bill, policy, programme, amendment, schedule, part or definitions. */
    readonly kind: string;
    readonly status?: string;
    /** The file the summary is of, as the caller named it. */
    readonly file: string;
    /** Other files summarised with it (the schedules and definitions it imports). */
    readonly includes: readonly string[];
    readonly whatThisDoes: readonly SummarySentence[];
    readonly parts: readonly SummaryPart[];
    readonly glossary: readonly GlossaryEntry[];
    readonly shifts: readonly ShiftRecord[];
    /** The four-shift record by part, for the chart. */
    readonly shiftsByPart: readonly PartShifts[];
    /** Provisions no sentence was written for, each with the reason, so nothing is dropped silently. */
    readonly alsoInThisDraft: readonly AlsoEntry[];
    readonly readability: SummaryReadability;
    readonly check: CheckCounts;
    /** Where each source is, by id. */
    readonly sources: Readonly<Record<string, SourceRef>>;
}

/** A provision or clause a sentence comes from. */
export interface SourceRef {
    readonly id: string;
    /** How a drafter cites it: "section 2(3)", "section 1: right RightToBuy", "the title". */
    readonly citation: string;
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** The draft's own words for it: clause text, or the provision's fields as written. */
    readonly words: string;
    /** The parties who act in it, whom the summary must name. */
    readonly actors: readonly string[];
}

export interface SummarySentence {
    readonly text: string;
    /** Ids into `sources`. */
    readonly sources: readonly string[];
    /** The draft's words for the statement this sentence restates, when narrower than the whole source. */
    readonly basis?: string;
    /** Flesch Reading Ease of this sentence. */
    readonly ease: number;
    /** The draft's whole sentence, when this sentence is a rewritten or split piece of it. */
    readonly original?: string;
    /** True when the generator's rewrite failed the faithfulness check and the draft's own words stand instead. */
    readonly fallback?: boolean;
    /** How the generator changed it to read more easily, if it did. */
    readonly rewrite?: 'split' | 'plain words' | 'split and plain words';
}

export interface SummaryPart {
    readonly heading: string;
    /** "Part 1", "Schedule 1", or "" for provisions outside any part. */
    readonly citation: string;
    readonly anchor: string;
    readonly sections: readonly SummarySection[];
}

export interface SummarySection {
    readonly heading: string;
    readonly citation: string;
    readonly anchor: string;
    readonly sentences: readonly SummarySentence[];
}

export interface GlossaryEntry {
    readonly term: string;
    readonly sentences: readonly SummarySentence[];
}

export type ShiftVerdict = 'supports' | 'mixed' | 'works against' | 'does not touch';

export interface ShiftEvidence {
    readonly source: string;
    /** What the provision does for or against the shift, in words. */
    readonly says: string;
}

export interface SetAside {
    readonly source: string;
    readonly rule: string;
    readonly reason: string;
}

export interface ShiftRecord {
    readonly shift: Shift;
    readonly title: string;
    readonly verdict: ShiftVerdict;
    readonly supports: readonly ShiftEvidence[];
    readonly against: readonly ShiftEvidence[];
    readonly setAside: readonly SetAside[];
}

export interface PartShifts {
    readonly part: string;
    readonly anchor: string;
    readonly verdicts: Readonly<Record<Shift, ShiftVerdict>>;
}

export interface AlsoEntry {
    readonly source: string;
    readonly reason: string;
}

export interface SummaryReadability {
    /** The draft's clauses, split into list items and sentences. */
    readonly clauses: ReadabilityFigures;
    readonly summary: ReadabilityFigures;
    readonly whatThisDoes: ReadabilityFigures;
    /** Summary sentences the generator rewrote or split because they read below the summary target (60). */
    readonly rewritten: number;
}

export interface CheckCounts {
    /** Sentences compared with their sources. */
    readonly sentences: number;
    /** Sentences that passed on the first comparison. */
    readonly passed: number;
    /** Sentences that failed and were replaced by the source's own words, then passed. */
    readonly replaced: number;
    /** Issues left after repair; a summary is only published with none. */
    readonly issues: readonly FaithfulnessIssue[];
}

export interface FaithfulnessIssue {
    readonly sentence: string;
    readonly sources: readonly string[];
    readonly kind: 'no source' | 'actor' | 'amount' | 'period' | 'date' | 'may became must' | 'must not became must' | 'must became may' | 'negation added' | 'condition dropped' | 'missing';
    readonly detail: string;
}
