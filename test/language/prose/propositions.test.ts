import { describe, expect, test } from 'vitest';
import { analyseProse, type Proposition } from '../../../packages/language/src/prose/index.js';

const read = (text: string): Proposition[] => [...analyseProse(text).propositions];
const first = (text: string): Proposition => {
    const [proposition] = read(text);
    expect(proposition).toBeDefined();
    return proposition;
};

describe('the acting party', () => {
    test.each([
        ['The Secretary of State may approve or reject the plan.', 'institution', 'Secretary of State'],
        ['The Treasury must pay the grant in full.', 'institution', 'Treasury'],
        ['A community participation body may make a request to a public service authority.', 'community', 'community participation body'],
        ["The residents' assembly may amend any line of the draft.", 'community', "residents' assembly"],
        ['A parish council may nominate land.', 'community', 'parish council'],
        ['The Aboriginal Land Council must consent to the grant.', 'community', 'Aboriginal Land Council'],
        ['The chief executive may accept any proposal put forward by the tenants\' panel.', 'institution', 'chief executive'],
        ['Each local planning authority must make arrangements.', 'institution', 'local planning authority']
    ])('%s', (text, kind, party) => {
        const { actor } = first(text);
        expect(actor.kind).toBe(kind);
        expect(actor.parties.map((found) => found.phrase.text)).toEqual([party]);
    });

    test('the head of the noun phrase counts, not nouns after "of" or a possessor', () => {
        expect(first('The Director of the Office of Management and Budget shall coordinate with agencies.').actor.parties.map((party) => party.phrase.text)).toEqual(['Director']);
        expect(first('The success of a community covenant must not be judged by numbers.').actor.kind).toBe('other');
        expect(first("The council's proposal takes effect.").actor.kind).toBe('other');
    });

    test('a compound subject naming both sides is mixed', () => {
        const { actor } = first('The council and the community partnership board must jointly agree the priorities.');
        expect(actor.kind).toBe('mixed');
        expect(actor.parties.map((party) => party.kind)).toEqual(['institution', 'community']);
    });

    test('a parenthesis between subject and modal is skipped', () => {
        expect(first('The Treasury, after consulting the assembly, must publish the settlement.').actor.phrase?.text).toBe('The Treasury');
        expect(first('Before determining the outcomes, the Scottish Ministers must consult.').actor.phrase?.text).toBe('the Scottish Ministers');
    });

    test('a relative clause inside the subject does not cut it short', () => {
        const { actor } = first('The public service authority that established the process must publish a report.');
        expect(actor.phrase?.text).toBe('The public service authority that established the process');
        expect(actor.kind).toBe('institution');
    });

    test('a coordinated modal shares the subject, and a pronoun takes the actor before it', () => {
        const [fund, attach] = read("Once the residents' ballot has chosen a scheme, the Secretary of State must fund it in full and may not attach any condition.").filter((proposition) => proposition.modal);
        expect(fund.actor.kind).toBe('institution');
        expect(attach.actor.phrase?.text).toBe('the Secretary of State');
        const pronoun = read('Where a Land Council receives an application, it must decide within 30 days.').find((proposition) => proposition.modal)!;
        expect(pronoun.actor.phrase?.text).toBe('it');
        expect(pronoun.actor.antecedent?.phrase?.text).toBe('a Land Council');
        expect(pronoun.actor.kind).toBe('community');
    });

    test('modals repeated after commas share the first subject, and each keeps its own verb', () => {
        const statements = read('The agency shall consult the tenants in developing the plan, shall consider their recommendations, and shall publish them.');
        expect(statements.map((statement) => [statement.actor.phrase?.text, statement.verb?.text])).toEqual([
            ['The agency', 'consult'], ['The agency', 'consider'], ['The agency', 'publish']
        ]);
    });

    test('a party named inside a longer name is read as the longer name', () => {
        const [agency] = analyseProse('The public housing agency shall decide.').matches('actors');
        expect([agency.text, agency.category]).toEqual(['public housing agency', 'institution']);
    });
});

describe('modals', () => {
    test.each([
        ['The council must publish a plan.', 'must', 'duty'],
        ['The council shall publish a plan.', 'shall', 'duty'],
        ['The prospective applicant is to consult every community council.', 'is to', 'duty'],
        ['The forum may publish a report.', 'may', 'power'],
        ['The council must not sell the park.', 'must not', 'prohibition'],
        ['The council may not sell the park.', 'may not', 'prohibition'],
        ['The council shall not sell the park.', 'shall not', 'prohibition'],
        ['The chief executive need not give reasons.', 'need not', 'exemption'],
        ['The programme will deliver 400 workshops a year.', 'will', 'future'],
        ['Any qualifying body is entitled to initiate a process.', 'is entitled to', 'entitlement'],
        ['A local authority has power to do anything.', 'has power to', 'power'],
        ['Trusts are expected to reduce waiting times.', 'are expected to', 'duty'],
        ['The authority is under a duty to keep the list.', 'is under a duty to', 'duty']
    ])('%s', (text, modal, kind) => {
        const proposition = first(text);
        expect(proposition.modal?.text).toBe(modal);
        expect(proposition.modal?.kind).toBe(kind);
        expect(text.slice(proposition.modal!.span.start, proposition.modal!.span.end)).toBe(modal);
    });

    test('"is to" after a purpose is not a duty', () => {
        const proposition = first('The purpose of this Act is to provide for democratic local government.');
        expect(proposition.modal).toBeUndefined();
        expect(proposition.verb?.lemma).toBe('be');
    });

    test('"May" as a month is not a modal', () => {
        expect(read('The plan takes effect on 1 May 2027.').some((proposition) => proposition.modal)).toBe(false);
    });

    test('a statement with no modal is still read', () => {
        const proposition = first('The council decides, having heard from residents, whether the park is sold.');
        expect(proposition.modal).toBeUndefined();
        expect(proposition.actor.kind).toBe('institution');
        expect(proposition.verb?.lemma).toBe('decide');
        expect(proposition.object?.text).toBe('having heard from residents, whether the park is sold');
    });
});

describe('verbs and objects', () => {
    test('coordinated verbs are lemmatised', () => {
        const proposition = first('The Secretary of State may approve or reject the plan.');
        expect(proposition.verbs.map((verb) => verb.lemma)).toEqual(['approve', 'reject']);
        expect(proposition.object?.text).toBe('the plan');
    });

    test('adverbs, parentheses and "by regulations" between modal and verb are skipped', () => {
        expect(first('The council and the board must jointly agree the priorities.').verb?.lemma).toBe('agree');
        expect(first('A local authority must, as soon as reasonably practicable after the end of each year, prepare a report.').verb?.lemma).toBe('prepare');
        expect(first('The Scottish Ministers may by regulations make further provision.').verb?.lemma).toBe('make');
    });

    test('phrasal verbs keep their particle', () => {
        expect(first('The report must set out the steps taken.').verb?.lemma).toBe('set out');
    });

    test('"keep, and publish," is two verbs with one object', () => {
        const proposition = first('The commissioner must keep, and publish, a register of every consultation exercise.');
        expect(proposition.verbs.map((verb) => verb.lemma)).toEqual(['keep', 'publish']);
        expect(proposition.object?.text).toBe('a register of every consultation exercise');
    });
});

describe('passive voice', () => {
    test('a passive duty that names no one', () => {
        const proposition = first('A plan must be prepared.');
        expect(proposition.passive).toBe(true);
        expect(proposition.verb?.lemma).toBe('prepare');
        expect(proposition.agent).toBeUndefined();
    });

    test('a passive with its agent named', () => {
        const proposition = first('Applications for community grants are to be determined by officers against published criteria.');
        expect(proposition.passive).toBe(true);
        expect(proposition.verb?.lemma).toBe('determine');
        expect(proposition.agent?.phrase?.text).toBe('officers');
        expect(proposition.agent?.kind).toBe('institution');
    });

    test('a word between a passive participle and "by" completes the verb', () => {
        const proposition = first('A decision of the forum may be called in by the cabinet.');
        expect(proposition.verb?.lemma).toBe('call in');
        expect(proposition.agent?.phrase?.text).toBe('the cabinet');
    });

    test('each coordinated participle keeps its own agent', () => {
        const proposition = first('A carbon budget shall be proposed by the Advisory Council, finalised by the Minister and approved by the Government for each period.');
        expect(proposition.verbs.map((verb) => [verb.lemma, verb.agent?.phrase?.text])).toEqual([
            ['propose', 'the Advisory Council'],
            ['finalise', 'the Minister'],
            ['approve', 'the Government']
        ]);
    });

    test('"by reference to" and "by 2030" are not agents', () => {
        expect(first('Performance can be measured by reference to the indicators.').agent).toBeUndefined();
        expect(first('The homes must be built by 2030.').agent).toBeUndefined();
    });

    test('an irregular participle is lemmatised', () => {
        expect(first('The members are chosen by the residents.').verb?.lemma).toBe('choose');
    });
});

describe('negation', () => {
    test('"must not" negates the statement', () => {
        const proposition = first('The authority must not set numerical targets for the forum.');
        expect(proposition.negation?.cue.text).toBe('not');
        expect(proposition.negation?.exclusive).toBe(false);
    });

    test('"not ... solely" refuses exclusive use only', () => {
        const proposition = first('The success of a covenant must not be judged solely against a target; the panel is to judge it.');
        expect(proposition.negation?.exclusive).toBe(true);
        const panel = read('The success of a covenant must not be judged solely against a target; the panel is to judge it.')[1];
        expect(panel.negation).toBeUndefined();
    });

    test('a negative subject ("No ...", "Nothing in this Part ...") negates the statement', () => {
        expect(first('No school, surgery or team may be ranked or placed in a league table.').negation?.cue.text).toBe('No');
        const nothing = read('The forum may publish indicators, but nothing in this Part requires it to measure its work in numbers.');
        expect(nothing[0].negation).toBeUndefined();
        expect(nothing[1].negation?.cue.text).toBe('nothing');
        expect(nothing[1].verb?.lemma).toBe('require');
    });

    test('a negated lead-in negates every item', () => {
        const propositions = read('The authority must not— (a) set targets for the forum; or (b) rank the forum against others.');
        expect(propositions.map((proposition) => proposition.negation?.cue.text)).toEqual(['not', 'not']);
    });

    test('"no later than" and "whether or not" are not negation', () => {
        expect(first('The council must publish the plan no later than 1 April.').negation).toBeUndefined();
        expect(first('The council must publish the plan whether or not the forum agrees.').negation).toBeUndefined();
    });
});

describe('qualifiers', () => {
    test.each([
        ['The authority must consult such persons as it considers appropriate.', 'as it considers appropriate', 'discretion'],
        ['The council must have regard to the views of residents.', 'have regard to', 'soft-duty'],
        ['The authority must, so far as reasonably practicable, publish the data.', 'so far as reasonably practicable', 'practicability'],
        ['Land is of community value if in the opinion of the authority it furthers wellbeing.', 'in the opinion of', 'discretion'],
        ['The council must support the forum within available resources.', 'within available resources', 'resources']
    ])('%s', (text, phrase, category) => {
        const qualifiers = read(text).flatMap((proposition) => proposition.qualifiers);
        expect(qualifiers.map((qualifier) => [qualifier.text, qualifier.category])).toContainEqual([phrase, category]);
    });

    test('a plain duty has no qualifiers', () => {
        expect(first('Ministers must transfer the land to the community body within 28 days.').qualifiers).toEqual([]);
    });
});

describe('spans', () => {
    test('every phrase of a proposition points at its own words', () => {
        const text = 'When finalising a budget, the Minister shall consult with the public as he or she considers appropriate.';
        const proposition = first(text);
        const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end);
        expect(slice(proposition.actor.phrase!.span)).toBe('the Minister');
        expect(slice(proposition.modal!.span)).toBe('shall');
        expect(slice(proposition.verb!.span)).toBe('consult');
        expect(slice(proposition.object!.span)).toBe('with the public as he or she considers appropriate');
        expect(slice(proposition.qualifiers[0].span)).toBe('as he or she considers appropriate');
    });
});
