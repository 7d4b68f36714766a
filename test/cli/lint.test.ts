import { describe, expect, it } from 'vitest';
import { fixtureFolder, runCommons } from '../helpers/cli.js';

const institutionLed = `act "Parks Act" {
  ethos "Parks belong to the people who use them."
  actor minister: minister "the Secretary of State"
  actor residents: residents "people who live nearby"
  section 1 {
    participation ParkPlans { participants residents level consult matter "the plans for the parks" decided by minister }
  }
}`;

describe('commons lint', () => {
    it('reports four-shift findings with their rule ids that check leaves out', () => {
        const folder = fixtureFolder({ 'parks.commons': institutionLed });
        const lint = runCommons(['lint', 'parks.commons'], { cwd: folder });
        expect(lint.stdout).toContain('community/institution-decides');
        expect(lint.stdout).toContain('The decision rests with the Secretary of State');
        expect(runCommons(['check', 'parks.commons'], { cwd: folder }).stdout).not.toContain('community/institution-decides');
    });

    it('takes rule settings from the nearest commons.json', () => {
        const folder = fixtureFolder({
            'commons.json': '{\n  // consultation is all this act can offer\n  "rules": { "community/institution-decides": "off" }\n}',
            'drafts/parks.commons': institutionLed
        });
        const run = runCommons(['lint', 'drafts'], { cwd: folder });
        expect(run.stdout).not.toContain('community/institution-decides');
    });

    it('exits 2 and names the line of a misspelt rule in commons.json, checking nothing', () => {
        const folder = fixtureFolder({
            'commons.json': '{\n  "rules": {\n    "community/institution-decide": "off"\n  }\n}',
            'parks.commons': institutionLed
        });
        const run = runCommons(['lint', '.'], { cwd: folder });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('commons.json:3:5  There is no rule called "community/institution-decide". Did you mean "community/institution-decides"?');
        expect(run.stdout).toBe('');
    });

    it('exits 2 for commons.json that is not valid JSON or has an unknown severity', () => {
        const broken = fixtureFolder({ 'commons.json': '{ "rules": ', 'a.commons': institutionLed });
        expect(runCommons(['lint', '.'], { cwd: broken }).stderr).toContain('commons.json:1:12  This is not valid JSON');
        const severity = fixtureFolder({ 'commons.json': '{ "rules": { "drafting/unused-definition": "loud" } }', 'a.commons': institutionLed });
        const run = runCommons(['lint', '.'], { cwd: severity });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('commons.json:1:44  "rules › drafting/unused-definition" must be a severity (off, info, warning or error), or [severity, { options }].');
        expect(run.stderr.trim().split('\n')).toHaveLength(2);
    });
});

