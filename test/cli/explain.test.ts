import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, type CliRun } from '../helpers/cli.js';
import { commonsRuns } from './support.js';

// `commons explain` as a drafter runs it: the built command as a process, on a small draft whose
// clauses the reader is known to read right (who acts, the kind of act, the modal, the rung, a
// condition, the verdicts).

const DRAFT = `policy "Estate leases" {
  ethos "People who live on the estate decide its future."
  actor council: local-authority "the council"
  section 1 "Leases" {
    (1) "It is for the council to decide."
    (2) "The council must grant the lease if most households on the estate back it in a ballot."
    (3) "Residents may comment on the proposals."
    (4) "The council must grant the lease where the residents vote for it."
  }
  section 2 "Plan" {
    "The council must prepare and adopt the plan, keeping residents informed."
  }
}
`;

interface Statement {
    actor: { words?: string; side: string; foundBy: string };
    act: string;
    actWords?: string;
    modal?: { words: string; kind: string };
    rung?: string;
    condition: boolean;
    veto: boolean;
}
interface Explained {
    file: string;
    line: number;
    citation: string;
    text: string;
    statements: Statement[];
    verdicts: Record<string, { messageId: string; data: Record<string, string> } | undefined>;
}

let runs: Record<string, CliRun>;
let clauses: Explained[];

beforeAll(async () => {
    const folder = fixtureFolder({ 'drafts/leases.commons': DRAFT });
    runs = await commonsRuns({
        json: ['explain', 'drafts/leases.commons', '--format', 'json'],
        text: ['explain', 'drafts/leases.commons'],
        line: ['explain', 'drafts/leases.commons:7', '--format', 'json'],
        lineText: ['explain', 'drafts/leases.commons:8'],
        noClause: ['explain', 'drafts/leases.commons:3'],
        pastEnd: ['explain', 'drafts/leases.commons:40'],
        missing: ['explain', 'drafts/lease.commons:5'],
        folder: ['explain', 'drafts']
    }, folder);
    clauses = (JSON.parse(runs.json.stdout) as { clauses: Explained[] }).clauses;
});

describe('commons explain --format json', () => {
    it('gives every clause of the draft in order, with its file, line and citation', () => {
        expect(runs.json.status).toBe(0);
        expect(clauses.map((clause) => [clause.file, clause.line, clause.citation])).toEqual([
            ['drafts/leases.commons', 5, 'section 1(1)'],
            ['drafts/leases.commons', 6, 'section 1(2)'],
            ['drafts/leases.commons', 7, 'section 1(3)'],
            ['drafts/leases.commons', 8, 'section 1(4)'],
            ['drafts/leases.commons', 11, 'section 2']
        ]);
    });

    it('reads a decision kept by the council as institution-led', () => {
        expect(clauses[0].verdicts.institutionLed).toMatchObject({ messageId: 'decision', data: { words: 'decide' } });
        // "It is for the council to decide": the council is not the subject, but is named as holding the decision.
        expect(clauses[0].statements[0]).toMatchObject({ actor: { words: 'the council', side: 'institution', foundBy: 'owner' }, act: 'decide' });
        const [adopt] = clauses[4].statements;
        expect(adopt).toMatchObject({ actor: { side: 'institution', foundBy: 'subject' }, act: 'decide', actWords: 'adopt', modal: { words: 'must', kind: 'duty' } });
        expect(clauses[4].verdicts.institutionLed?.messageId).toBe('decision');
    });

    it('reads a duty to grant what a ballot backs as assent, with no finding', () => {
        expect(clauses[1].statements[0]).toMatchObject({ actor: { side: 'institution' }, act: 'assent', actWords: 'grant', modal: { kind: 'duty' }, condition: false });
        expect(clauses[1].verdicts).toEqual({});
    });

    it('reads residents commenting as the community giving views, at the consult rung', () => {
        expect(clauses[2].statements).toHaveLength(1);
        expect(clauses[2].statements[0]).toMatchObject({ actor: { side: 'community' }, act: 'give-views', modal: { kind: 'power' }, rung: 'consult' });
        expect(clauses[2].verdicts).toEqual({});
    });

    it('reads a vote of residents as a condition the community decides', () => {
        const [grant, vote] = clauses[3].statements;
        expect(grant).toMatchObject({ actor: { side: 'institution' }, act: 'assent', condition: false });
        expect(vote).toMatchObject({ actor: { side: 'community' }, act: 'decide', condition: true });
        expect(clauses[3].verdicts.institutionLed).toBeUndefined();
    });

    it('with a line, gives only the clause on it', () => {
        expect(runs.line.status).toBe(0);
        const only = (JSON.parse(runs.line.stdout) as { clauses: Explained[] }).clauses;
        expect(only.map((clause) => clause.citation)).toEqual(['section 1(3)']);
    });
});

describe('commons explain as text', () => {
    it('names who acts and the verdicts in words, clause by clause', () => {
        expect(runs.text.status).toBe(0);
        expect(runs.text.stdout).toContain('drafts/leases.commons:11  section 2\n  Statement: "The council must prepare and adopt the plan, keeping residents informed"\n'
            + '    Who acts: the council (a public body, the subject)\n    Kind of act: decides ("adopt")\n    Modal: must (a duty)\n');
        expect(runs.text.stdout).toContain('Commons reads this clause as institution-led: the council keeps the decision ("adopt")');
        expect(runs.text.stdout).toContain('Who acts: the council (a public body, named as the one who holds the power or decision)');
    });

    it('says why no finding was made when a condition hands the decision to the community', () => {
        expect(runs.lineText.status).toBe(0);
        expect(runs.lineText.stdout).toMatch(/^drafts\/leases\.commons:8 {2}section 1\(4\)\n/);
        expect(runs.lineText.stdout).toContain('Who acts: the residents (the community side, the subject)');
        expect(runs.lineText.stdout).toContain('No four-shift finding: a condition hands the decision to the community ("where the residents vote for it").');
    });
});

describe('commons explain on bad input', () => {
    it('exits 2, naming the file and the line, when the line holds no clause', () => {
        expect(runs.noClause.status).toBe(2);
        expect(runs.noClause.stdout).toBe('');
        expect(runs.noClause.stderr).toContain('Line 3 of drafts/leases.commons holds no clause or prose to explain. The nearest clause starts at drafts/leases.commons:5');
        expect(runs.pastEnd.status).toBe(2);
        expect(runs.pastEnd.stderr).toContain('drafts/leases.commons has 13 lines, so there is no line 40.');
    });

    it('exits 2, naming the file, when the draft or a folder is named instead of a draft', () => {
        expect(runs.missing.status).toBe(2);
        expect(runs.missing.stdout).toBe('');
        expect(runs.missing.stderr).toContain('Cannot find drafts/lease.commons');
        expect(runs.folder.status).toBe(2);
        expect(runs.folder.stderr).toContain('drafts is a folder. Name one draft');
    });
});
