import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createCommonsServices, type Document } from '../../packages/language/src/index.js';

export type Kind = 'institutionLed' | 'metricsOnly' | 'outputFocused';
export const KINDS: readonly Kind[] = ['institutionLed', 'metricsOnly', 'outputFocused'];

/** The frozen halves of the corpus: rules are tuned on one, and the other is only counted. */
export type Part = 'tuning' | 'heldOut';
export const PARTS: readonly Part[] = ['tuning', 'heldOut'];

/** Real law and official text quoted verbatim, or a hard case written to defeat keyword matching. */
export type Origin = 'real' | 'constructed';
export const ORIGINS: readonly Origin[] = ['real', 'constructed'];

export interface CorpusClause {
    id: string;
    text: string;
    shifts: string;
    citation?: string;
    reason?: string;
    constructed?: boolean;
    institutionLed: boolean | null;
    metricsOnly: boolean | null;
    outputFocused: boolean | null;
    /** Which file it came from, and which part of the split it is in. */
    file: string;
    part: Part;
    origin: Origin;
}

export const CORPUS_FOLDER = resolve(import.meta.dirname, '../../corpus');

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

interface Split {
    rule: string;
    tuning: string[];
    heldOut: string[];
}

export function loadSplit(): Split {
    return JSON.parse(readFileSync(join(CORPUS_FOLDER, 'split.json'), 'utf8'));
}

/** Every labelled clause in corpus/*-clauses.json, with its part of the frozen split. */
export function loadCorpus(): CorpusClause[] {
    const split = loadSplit();
    const partOf = new Map<string, Part>([...split.tuning.map((id) => [id, 'tuning'] as const), ...split.heldOut.map((id) => [id, 'heldOut'] as const)]);
    return readdirSync(CORPUS_FOLDER).filter((name) => name.endsWith('-clauses.json')).sort().flatMap((file) => {
        const clauses: Omit<CorpusClause, 'file' | 'part' | 'origin'>[] = JSON.parse(readFileSync(join(CORPUS_FOLDER, file), 'utf8')).clauses;
        return clauses.map((clause) => ({
            ...clause,
            file,
            part: partOf.get(clause.id) ?? missingFromSplit(clause.id),
            origin: clause.constructed ? 'constructed' : 'real'
        }));
    });
}

function missingFromSplit(id: string): never {
    throw new Error(`Clause ${id} is not in corpus/split.json. Run: node scripts/split-corpus.mjs`);
}

/** A clause labelled as supporting the shift to community ("S4+"): it must never be called institution-led. */
export function isCommunityLed(clause: CorpusClause): boolean {
    return /S4\+/.test(clause.shifts);
}

/** The draft a clause is checked in: the prose of a one-section act, exactly as a drafter would paste it. */
export function wrapClause(clause: Pick<CorpusClause, 'id' | 'text'>): string {
    return `act "Calibration ${clause.id}" {\n  ethos "Calibration."\n  section 1 {\n    """${clause.text}"""\n  }\n}\n`;
}

/** Lints every clause in one workspace and one build, and returns the rule ids found for each clause id. */
export async function lintCorpus(clauses: readonly CorpusClause[]): Promise<Map<string, Set<string>>> {
    const { shared } = createCommonsServices(EmptyFileSystem);
    const documents = clauses.map((clause) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(wrapClause(clause), URI.file(`/corpus/${clause.id}.commons`));
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

export const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** "85.5% (47/55)" */
export function recallCell(s: Score): string {
    return `${percent(s.recall)} (${s.flaggedTrue}/${s.labelledTrue})`;
}

export function falseFlagCell(s: Score): string {
    return `${percent(s.falseFlagRate)} (${s.flaggedFalse}/${s.labelledFalse})`;
}

/** Which clauses the linter flags as each kind, given the rule ids found per clause. */
export function flaggedBy(found: ReadonlyMap<string, ReadonlySet<string>>, kind: Kind): (clause: CorpusClause) => boolean {
    return (clause) => RULES_BY_KIND[kind].some((rule) => found.get(clause.id)!.has(rule));
}

export function flaggedByKeywords(kind: Kind): (clause: CorpusClause) => boolean {
    return (clause) => NAIVE_PATTERNS[kind].test(clause.text);
}

export interface TableRow {
    part: Part;
    origin: Origin | 'all';
    kind: Kind;
    commons: Score;
    keywords: Score;
}

/** Recall and false flags per kind, for each part and origin, beside the keyword matcher's. */
export function calibrationTable(clauses: readonly CorpusClause[], found: ReadonlyMap<string, ReadonlySet<string>>): TableRow[] {
    return PARTS.flatMap((part) => (['all', ...ORIGINS] as const).flatMap((origin) => {
        const subset = clauses.filter((clause) => clause.part === part && (origin === 'all' || clause.origin === origin));
        return KINDS.map((kind) => ({ part, origin, kind, commons: score(kind, subset, flaggedBy(found, kind)), keywords: score(kind, subset, flaggedByKeywords(kind)) }));
    }));
}

const PART_LABEL: Record<Part, string> = { tuning: 'tuning', heldOut: 'held out' };
const KIND_LABEL: Record<Kind, string> = { institutionLed: 'institution-led', metricsOnly: 'metrics-only', outputFocused: 'output-focused' };

export function kindLabel(kind: Kind): string {
    return KIND_LABEL[kind];
}

/** The table as Markdown: what the README publishes and what the test prints. */
export function formatTable(rows: readonly TableRow[], parts: readonly Part[] = PARTS): string {
    const header = '| part | clauses | kind | recall | false flags | keyword matcher: recall | keyword matcher: false flags |\n|---|---|---|---|---|---|---|';
    const lines = rows.filter((row) => parts.includes(row.part)).map((row) => `| ${PART_LABEL[row.part]} | ${row.origin === 'all' ? 'all' : row.origin === 'real' ? 'real law' : 'constructed'} | ${KIND_LABEL[row.kind]} | `
        + `${recallCell(row.commons)} | ${falseFlagCell(row.commons)} | ${recallCell(row.keywords)} | ${falseFlagCell(row.keywords)} |`);
    return [header, ...lines].join('\n');
}

/** What corpus/accuracy.json records: the measured table, and which rules each kind's figures cover. */
export interface PublishedAccuracy {
    command: string;
    split: string;
    /** Clauses labelled as supporting the shift to community that the linter calls institution-led, by part. */
    communityLedFlagged: Readonly<Record<Part, number>>;
    rulesByKind: Readonly<Record<Kind, readonly string[]>>;
    rows: readonly {
        part: Part;
        origin: Origin | 'all';
        kind: Kind;
        commons: Omit<Score, 'kind'>;
        keywords: Omit<Score, 'kind'>;
    }[];
}

export const ACCURACY_FILE = join(CORPUS_FOLDER, 'accuracy.json');
export const CALIBRATION_COMMAND = 'npm run calibrate';

export function accuracyRecord(rows: readonly TableRow[], clauses: readonly CorpusClause[], found: ReadonlyMap<string, ReadonlySet<string>>): PublishedAccuracy {
    const strip = ({ kind: _kind, ...rest }: Score) => rest;
    const communityLedFlagged = (part: Part) => clauses.filter((clause) => clause.part === part && isCommunityLed(clause) && flaggedBy(found, 'institutionLed')(clause)).length;
    return {
        command: CALIBRATION_COMMAND,
        split: loadSplit().rule,
        communityLedFlagged: { tuning: communityLedFlagged('tuning'), heldOut: communityLedFlagged('heldOut') },
        rulesByKind: RULES_BY_KIND,
        rows: rows.map((row) => ({ part: row.part, origin: row.origin, kind: row.kind, commons: strip(row.commons), keywords: strip(row.keywords) }))
    };
}

/** The tuning part's wrong verdicts, one line each with the clause and its label's reason: what rules may be changed from. */
export function tuningErrors(clauses: readonly CorpusClause[], found: ReadonlyMap<string, ReadonlySet<string>>): string[] {
    return KINDS.flatMap((kind) => clauses
        .filter((clause) => clause.part === 'tuning' && clause[kind] !== null && flaggedBy(found, kind)(clause) !== clause[kind])
        .map((clause) => `${kindLabel(kind)} ${clause[kind] ? 'MISSED' : 'FALSE FLAG'} ${clause.id} [${[...found.get(clause.id)!].join(', ')}]\n  ${clause.text}\n  -- ${clause.reason ?? ''}`));
}

export const ACCURACY_MODULE = resolve(import.meta.dirname, '../../packages/language/src/lint/accuracy.generated.ts');

/**
 * The held-out figures as a module of the language core, so the rule docs, `commons rules` and
 * the editor can show how often each four-shift rule is right without reading the corpus.
 */
export function renderAccuracyModule(record: PublishedAccuracy): string {
    const figures = (part: Part, origin: Origin | 'all', kind: Kind) => {
        const row = record.rows.find((candidate) => candidate.part === part && candidate.origin === origin && candidate.kind === kind)!;
        const pick = (s: Omit<Score, 'kind'>) => ({ recall: s.recall, falseFlagRate: s.falseFlagRate, flaggedTrue: s.flaggedTrue, labelledTrue: s.labelledTrue, flaggedFalse: s.flaggedFalse, labelledFalse: s.labelledFalse });
        return { commons: pick(row.commons), keywords: pick(row.keywords) };
    };
    const kinds = Object.fromEntries(KINDS.map((kind) => [kind, {
        label: kindLabel(kind),
        rules: record.rulesByKind[kind],
        heldOut: { all: figures('heldOut', 'all', kind), real: figures('heldOut', 'real', kind), constructed: figures('heldOut', 'constructed', kind) },
        tuning: figures('tuning', 'all', kind)
    }]));
    return [
        '// generated by `npm run calibrate` (test/calibration) from the labelled corpus in corpus/ — do not edit',
        '',
        'export interface Figures { readonly recall: number; readonly falseFlagRate: number; readonly flaggedTrue: number; readonly labelledTrue: number; readonly flaggedFalse: number; readonly labelledFalse: number }',
        'export interface Measured { readonly commons: Figures; readonly keywords: Figures }',
        'export interface KindCalibration { readonly label: string; readonly rules: readonly string[]; readonly heldOut: { readonly all: Measured; readonly real: Measured; readonly constructed: Measured }; readonly tuning: Measured }',
        '',
        '/** How often the four-shift readings agree with the labelled corpus, on the held-out part (never tuned to) and the tuning part. */',
        `export const CALIBRATION: { readonly split: string; readonly command: string; readonly kinds: Readonly<Record<string, KindCalibration>> } = ${JSON.stringify({ split: record.split, command: record.command, kinds }, null, 4)};`,
        ''
    ].join('\n');
}

const README_START = '<!-- calibration:start -->';
const README_END = '<!-- calibration:end -->';

/** The README's held-out table, between its markers. */
export function readmeCalibration(readme: string): string | undefined {
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    return start < 0 || end < start ? undefined : readme.slice(start + README_START.length, end).trim();
}

export function withReadmeCalibration(readme: string, table: string): string {
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    return `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`;
}
