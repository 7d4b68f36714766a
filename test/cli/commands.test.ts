import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, repositoryRoot, type CliRun } from '../helpers/cli.js';
import { WEAK_DRAFT, commons } from './support.js';

const waived = WEAK_DRAFT
    .replace('    participation ParkPlans', '    // commons-ignore community/institution-decides -- the Secretary of State decides by statute; agreed with the parks forum, minutes 2027-03\n    participation ParkPlans')
    .replace('  section 2 "Reports" {', '  // commons-ignore drafting/shall\n  section 2 "Reports" {');

const waiversFolder = fixtureFolder({ 'drafts/parks.commons': waived, 'drafts/clean.commons': 'act "Clean" { ethos "Shared." }\n' });
const rulesFolder = fixtureFolder({ 'commons.json': '{ "extends": "commons:strict", "rules": { "drafting/shall": "off" } }' });
const initFolder = fixtureFolder({});
const occupiedFolder = fixtureFolder({ 'commons.json': '{}' });
const runs: Record<string, CliRun> = {};

beforeAll(async () => {
    const [waiversTable, waiversJson, rulesList, rulesJson, ruleDoc, unknownRule, init, initAgain] = await Promise.all([
        commons(['waivers', 'drafts'], { cwd: waiversFolder }),
        commons(['waivers', '--format', 'json'], { cwd: waiversFolder }),
        commons(['rules', '--rule', 'drafting/long-sentence:error'], { cwd: rulesFolder }),
        commons(['rules', '--format', 'json'], { cwd: repositoryRoot }),
        commons(['rules', 'community/consult-only']),
        commons(['rules', 'community/consult-onyl']),
        commons(['init'], { cwd: initFolder }),
        commons(['init'], { cwd: occupiedFolder })
    ]);
    Object.assign(runs, { waiversTable, waiversJson, rulesList, rulesJson, ruleDoc, unknownRule, init, initAgain });
    runs.lintAfterInit = await commons(['lint'], { cwd: initFolder });
});

describe('commons waivers', () => {
    it('lists every waiver with its place, rules and reason as a table', () => {
        expect(runs.waiversTable.status).toBe(0);
        const lines = runs.waiversTable.stdout.trim().split('\n');
        expect(lines[0]).toMatch(/^file:line\s+rule\s+covers\s+reason$/);
        expect(lines[1]).toMatch(/^drafts\/parks\.commons:7\s+community\/institution-decides\s+section 1\s+the Secretary of State decides by statute; agreed with the parks forum, minutes 2027-03$/);
        expect(lines[2]).toMatch(/^drafts\/parks\.commons:11\s+drafting\/shall\s+section 2\s+\(no reason given, so it is not honoured\)$/);
        expect(lines.at(-1)).toBe('2 waivers in 1 file (1 without a reason).');
    });

    it('lists them as JSON for an audit trail', () => {
        const report = JSON.parse(runs.waiversJson.stdout);
        expect(report.summary).toEqual({ waivers: 2, files: 1, withoutReason: 1 });
        expect(report.waivers[0]).toEqual({
            file: 'drafts/parks.commons', line: 7, rules: ['community/institution-decides'],
            reason: 'the Secretary of State decides by statute; agreed with the parks forum, minutes 2027-03',
            covers: 'section 1', coversLines: { start: 8, end: 8 }, honoured: true, unknownRules: []
        });
        expect(report.waivers[1]).toMatchObject({ line: 11, reason: null, honoured: false });
    });
});

describe('commons rules', () => {
    it('lists each rule with its shift, severity in the current settings and description', () => {
        expect(runs.rulesList.status).toBe(0);
        const lines = runs.rulesList.stdout.split('\n');
        expect(lines[0]).toMatch(/^rule\s+shift\s+severity\s+description$/);
        // commons:strict raises shift rules to errors; commons.json switches "shall" off; --rule raises long sentences.
        expect(lines).toContainEqual(expect.stringMatching(/^community\/consult-only\s+community\s+error\s+\S/));
        expect(lines).toContainEqual(expect.stringMatching(/^drafting\/shall\s+\(drafting\)\s+off\s+/));
        expect(lines).toContainEqual(expect.stringMatching(/^drafting\/long-sentence\s+\(drafting\)\s+error\s+/));
        expect(runs.rulesList.stdout).toContain(`Severities from ${join(rulesFolder, 'commons.json')}, with --rule settings.`);
    });

    it('lists the rules as JSON, with the recommended severities where no commons.json applies', () => {
        const report = JSON.parse(runs.rulesJson.stdout);
        expect(report.config).toBeNull();
        expect(report.rules.length).toBeGreaterThan(25);
        expect(report.rules.find((rule: { id: string }) => rule.id === 'drafting/shall')).toMatchObject({ pack: 'drafting', severity: 'warning', fixable: true });
        expect(report.rules.find((rule: { id: string }) => rule.id === 'drafting/unused-definition').messages).toEqual({
            unused: '"{{term}}" is defined but never used. Refer to it as [{{term}}] where it applies, or remove the definition.'
        });
    });

    it('prints the full documentation of one rule, and suggests the right id for a misspelt one', () => {
        expect(runs.ruleDoc.status).toBe(0);
        expect(runs.ruleDoc.stdout).toBe(readFileSync(join(repositoryRoot, 'docs/rules/community/consult-only.md'), 'utf8').replace(/^<!--[\s\S]*?-->\s*/, ''));
        expect(runs.unknownRule.status).toBe(2);
        expect(runs.unknownRule.stderr).toContain('There is no rule called "community/consult-onyl". Did you mean "community/consult-only"?');
    });
});

describe('commons init', () => {
    it('writes a starter commons.json and an example draft that lints clean', () => {
        expect(runs.init.status).toBe(0);
        expect(runs.init.stdout).toContain('Created commons.json and drafts/example.commons.');
        expect(readFileSync(join(initFolder, 'commons.json'), 'utf8')).toContain('"extends": "commons:recommended"');
        expect(runs.lintAfterInit.status).toBe(0);
        expect(runs.lintAfterInit.stdout).toContain('✔ 1 file checked: no problems.');
    });

    it('refuses, writing nothing, when a file would be overwritten', () => {
        expect(runs.initAgain.status).toBe(2);
        expect(runs.initAgain.stderr).toContain('Nothing was written, because commons.json already exists.');
        expect(readFileSync(join(occupiedFolder, 'commons.json'), 'utf8')).toBe('{}');
        expect(existsSync(join(occupiedFolder, 'drafts'))).toBe(false);
    });
});
