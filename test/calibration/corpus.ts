import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createCommonsServices, type Document } from '../../packages/language/src/index.js';
import { sharedFile } from '../helpers/shared.js';

export type Kind = 'institutionLed' | 'metricsOnly' | 'outputFocused';
export const KINDS: readonly Kind[] = ['institutionLed', 'metricsOnly', 'outputFocused'];

export interface CorpusClause {
    id: string;
    text: string;
    shifts: string;
    constructed?: boolean;
    institutionLed: boolean | null;
    metricsOnly: boolean | null;
    outputFocused: boolean | null;
}

/** Which rules' findings count as each kind of finding the corpus labels. */
export const RULES_BY_KIND: Readonly<Record<Kind, readonly string[]>> = {
    institutionLed: ['community/institution-decides', 'community/consult-only', 'community/unchecked-central-power'],
    metricsOnly: ['ethos/metrics-only-success'],
    outputFocused: ['outcomes/output-counting']
};

/**
 * The naive baseline the linter must beat: keyword matching, as a reviewer skimming for
 * "Secretary of State", "consult", "target" or "report" would do.
 */
export const NAIVE_PATTERNS: Readonly<Record<Kind, RegExp>> = {
    institutionLed: /secretary of state|minister|consult|council|authority/i,
    metricsOnly: /target|indicator|percent|%|rank|league table/i,
    outputFocused: /report|number of|steps|measures taken/i
};

export function loadCorpus(): CorpusClause[] {
    return JSON.parse(readFileSync(sharedFile('corpus', 'real-clauses.json'), 'utf8')).clauses;
}

/** A clause labelled as supporting the shift to community ("S4+"): it must never be called institution-led. */
export function isCommunityLed(clause: CorpusClause): boolean {
    return /S4\+/.test(clause.shifts);
}

/**
 * Lints every clause as the prose of a one-section act, exactly as a drafter would paste it,
 * and returns the rule ids found for each clause id. One workspace, one build.
 */
export async function lintCorpus(clauses: readonly CorpusClause[]): Promise<Map<string, Set<string>>> {
    const { shared } = createCommonsServices(EmptyFileSystem);
    const documents = clauses.map((clause) => {
        const text = `act "Calibration ${clause.id}" {\n  ethos "Calibration."\n  section 1 {\n    """${clause.text}"""\n  }\n}\n`;
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(`/corpus/${clause.id}.commons`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { clause, document };
    });
    await shared.workspace.DocumentBuilder.build(documents.map(({ document }) => document), { validation: true });
    return new Map(documents.map(({ clause, document }) => [clause.id, new Set((document.diagnostics ?? []).map((d) => String(d.code)))]));
}

export interface Score {
    kind: Kind;
    labelledTrue: number;
    labelledFalse: number;
    flaggedTrue: number;
    flaggedFalse: number;
    recall: number;
    falseFlagRate: number;
}

export function score(kind: Kind, clauses: readonly CorpusClause[], flagged: (clause: CorpusClause) => boolean): Score {
    const positives = clauses.filter((clause) => clause[kind] === true);
    const negatives = clauses.filter((clause) => clause[kind] === false);
    const flaggedTrue = positives.filter(flagged).length;
    const flaggedFalse = negatives.filter(flagged).length;
    return {
        kind,
        labelledTrue: positives.length,
        labelledFalse: negatives.length,
        flaggedTrue,
        flaggedFalse,
        recall: positives.length === 0 ? 1 : flaggedTrue / positives.length,
        falseFlagRate: negatives.length === 0 ? 0 : flaggedFalse / negatives.length
    };
}

export function formatScore(label: string, s: Score): string {
    const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
    return `${label.padEnd(12)} ${s.kind.padEnd(15)} recall ${percent(s.recall).padStart(6)} (${s.flaggedTrue}/${s.labelledTrue})   `
        + `false flags ${percent(s.falseFlagRate).padStart(6)} (${s.flaggedFalse}/${s.labelledFalse})`;
}
