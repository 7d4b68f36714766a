import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
    ACCURACY_FILE, ACCURACY_MODULE, CORPUS_FOLDER, readmeCalibration, renderAccuracyModule, withReadmeCalibration, accuracyRecord, calibrationTable, CALIBRATION_COMMAND, flaggedBy, flaggedByKeywords, formatTable, isCommunityLed, KINDS, lintCorpus,
    loadCorpus, loadSplit, score, tuningErrors, type TableRow
} from './corpus.js';

/**
 * The linter's judgement against the labelled corpus (corpus/), split once into a tuning part and
 * a held-out part (corpus/split.json). Recall is the share of clauses labelled true that it flags;
 * the false-flag rate the share labelled false that it flags. Clauses labelled null (genuinely
 * ambiguous) are left out of both. The figures are published in corpus/accuracy.json, the README
 * and the rule docs; `npm run calibrate` records them after a change to the readings.
 */
const README = join(CORPUS_FOLDER, '..', 'README.md');

describe('calibration on the labelled corpus', () => {
    const clauses = loadCorpus();
    let found: Map<string, Set<string>>;
    let rows: TableRow[];

    beforeAll(async () => {
        found = await lintCorpus(clauses);
        rows = calibrationTable(clauses, found);
        console.log(`Calibration (${clauses.length} labelled clauses in corpus/):\n${formatTable(rows)}`);
        if (process.env.COMMONS_RECORD_ACCURACY === '1') {
            const record = accuracyRecord(rows, clauses, found);
            writeFileSync(ACCURACY_FILE, `${JSON.stringify(record, null, 2)}\n`);
            writeFileSync(ACCURACY_MODULE, renderAccuracyModule(record));
            writeFileSync(README, withReadmeCalibration(readFileSync(README, 'utf8'), formatTable(rows, ['heldOut'])));
        }
        // Errors are listed for the tuning part only; held-out errors are counted, never read.
        if (process.env.COMMONS_SHOW_ERRORS === '1') console.log(tuningErrors(clauses, found).join('\n'));
    });

    it('puts every labelled clause in exactly one part of the frozen split', () => {
        const split = loadSplit();
        const ids = clauses.map((clause) => clause.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...split.tuning, ...split.heldOut].sort()).toEqual([...ids].sort());
        expect(split.heldOut.length / ids.length).toBeGreaterThan(0.25);
    });

    it(`publishes the figures it measures (run ${CALIBRATION_COMMAND} after changing a reading)`, () => {
        expect(existsSync(ACCURACY_FILE)).toBe(true);
        expect(JSON.parse(readFileSync(ACCURACY_FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(accuracyRecord(rows, clauses, found))));
    });

    it('publishes the held-out figures in the language core, for the rule docs and the editor', () => {
        expect(readFileSync(ACCURACY_MODULE, 'utf8')).toBe(renderAccuracyModule(accuracyRecord(rows, clauses, found)));
    });

    it('shows the held-out table in the README\'s "How far to trust the linter"', () => {
        expect(readmeCalibration(readFileSync(README, 'utf8'))).toBe(formatTable(rows, ['heldOut']));
    });

    // The held-out part is counted, never tuned to: its count of such clauses is published in
    // corpus/accuracy.json (communityLedFlagged) rather than asserted here.
    it('never calls a community-led clause institution-led (tuning part)', () => {
        const wrong = clauses.filter((clause) => clause.part === 'tuning' && isCommunityLed(clause))
            .filter(flaggedBy(found, 'institutionLed')).map((clause) => clause.id);
        expect(wrong).toEqual([]);
    });

    it.each(KINDS)('%s: beats a naive keyword matcher on the held-out part', (kind) => {
        const heldOut = clauses.filter((clause) => clause.part === 'heldOut');
        const ours = score(kind, heldOut, flaggedBy(found, kind));
        const naive = score(kind, heldOut, flaggedByKeywords(kind));
        // Youden's J (recall minus false-flag rate) rewards finding the true cases without flagging the false ones.
        expect(ours.recall - ours.falseFlagRate).toBeGreaterThan(naive.recall - naive.falseFlagRate);
    });
});
