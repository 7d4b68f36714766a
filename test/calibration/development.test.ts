import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
    CORPUS_FOLDER, falseFlagCell, flaggedBy, flaggedByKeywords, KINDS, kindLabel, lintCorpus, ORIGINS, recallCell, score,
    type CorpusClause, type Origin
} from './corpus.js';

/**
 * Development sets (corpus/development/): clauses written and labelled apart from the rules and
 * from the frozen corpus, to find where the readings fail to generalise. Sets whose `readErrors`
 * is false are counted only, like the held-out part, so one independent measure stays honest.
 * `npm run calibrate:development` prints the figures; COMMONS_SHOW_ERRORS=1 lists the errors of
 * the readable sets; COMMONS_DEV_DUMP=FILE writes the rule ids found per clause, to compare runs.
 */
const DEVELOPMENT_FOLDER = join(CORPUS_FOLDER, 'development');

interface DevelopmentSet {
    name: string;
    readErrors: boolean;
    clauses: CorpusClause[];
}

function loadDevelopmentSets(): DevelopmentSet[] {
    return readdirSync(DEVELOPMENT_FOLDER).filter((name) => name.endsWith('.json')).sort().map((file) => {
        const data = JSON.parse(readFileSync(join(DEVELOPMENT_FOLDER, file), 'utf8'));
        const clauses: CorpusClause[] = data.clauses.map((clause: CorpusClause) => ({
            ...clause,
            file,
            part: 'heldOut',
            origin: clause.constructed ? 'constructed' : 'real'
        }));
        return { name: file.replace(/\.json$/, ''), readErrors: data.readErrors !== false, clauses };
    });
}

function developmentTable(set: DevelopmentSet, found: ReadonlyMap<string, ReadonlySet<string>>): string {
    const lines = (['all', ...ORIGINS] as const).flatMap((origin: Origin | 'all') => {
        const subset = set.clauses.filter((clause) => origin === 'all' || clause.origin === origin);
        return KINDS.map((kind) => {
            const ours = score(kind, subset, flaggedBy(found, kind));
            const naive = score(kind, subset, flaggedByKeywords(kind));
            return `| ${set.name} | ${origin} | ${kindLabel(kind)} | ${recallCell(ours)} | ${falseFlagCell(ours)} | ${recallCell(naive)} | ${falseFlagCell(naive)} |`;
        });
    });
    return ['| set | clauses | kind | recall | false flags | keyword matcher: recall | keyword matcher: false flags |', '|---|---|---|---|---|---|---|', ...lines].join('\n');
}

function developmentErrors(set: DevelopmentSet, found: ReadonlyMap<string, ReadonlySet<string>>): string[] {
    return KINDS.flatMap((kind) => set.clauses
        .filter((clause) => clause[kind] !== null && flaggedBy(found, kind)(clause) !== clause[kind])
        .map((clause) => `${kindLabel(kind)} ${clause[kind] ? 'MISSED' : 'FALSE FLAG'} ${clause.id} [${[...found.get(clause.id)!].join(', ')}]\n  ${clause.text}\n  -- ${clause.reason ?? ''}`));
}

describe('the development sets', () => {
    const sets = loadDevelopmentSets();
    let found: Map<string, Set<string>>;

    beforeAll(async () => {
        found = await lintCorpus(sets.flatMap((set) => set.clauses));
        for (const set of sets) console.log(`Development set ${set.name} (${set.clauses.length} clauses${set.readErrors ? '' : ', counted only'}):\n${developmentTable(set, found)}`);
        if (process.env.COMMONS_SHOW_ERRORS === '1') {
            for (const set of sets.filter((candidate) => candidate.readErrors)) console.log(developmentErrors(set, found).join('\n'));
        }
        if (process.env.COMMONS_DEV_DUMP) writeFileSync(process.env.COMMONS_DEV_DUMP, JSON.stringify(Object.fromEntries([...found].map(([id, rules]) => [id, [...rules].sort()])), null, 1));
    });

    it('gives every development clause a unique id that is not in the frozen corpus', () => {
        const ids = sets.flatMap((set) => set.clauses.map((clause) => clause.id));
        expect(new Set(ids).size).toBe(ids.length);
        const frozen = JSON.parse(readFileSync(join(CORPUS_FOLDER, 'split.json'), 'utf8'));
        expect(ids.filter((id) => [...frozen.tuning, ...frozen.heldOut].includes(id))).toEqual([]);
    });

    it.each(sets.flatMap((set) => KINDS.map((kind) => [set.name, kind] as const)))('%s, %s: beats a naive keyword matcher', (name, kind) => {
        const clauses = sets.find((set) => set.name === name)!.clauses;
        const ours = score(kind, clauses, flaggedBy(found, kind));
        const naive = score(kind, clauses, flaggedByKeywords(kind));
        expect(ours.recall - ours.falseFlagRate).toBeGreaterThan(naive.recall - naive.falseFlagRate);
    });
});
