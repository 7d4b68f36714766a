import { describe, expect, test } from 'vitest';
import { analyseProse, type LexiconMatch, type LexiconName } from '../../../packages/language/src/prose/index.js';

const found = (text: string, lexicon: LexiconName) => analyseProse(text).matches(lexicon).map((match) => match.text);
const negated = (text: string, lexicon: LexiconName) => analyseProse(text).matches(lexicon).map((match) => [match.text, match.negated]);

describe('lexicon matching', () => {
    test('matches are case-insensitive on word boundaries, with exact spans', () => {
        const text = 'The Council must publish a League Table; the councillor may not.';
        const [table] = analyseProse(text).matches('metrics');
        expect(table.text).toBe('League Table');
        expect(text.slice(table.span.start, table.span.end)).toBe('League Table');
        expect(found('Hence, the other authority must act.', 'drafting')).toEqual([]);
    });

    test('verbs match in every inflection', () => {
        const text = 'The Minister approves the plan, approved the last one and is approving another.';
        const decisions = analyseProse(text).matches('decisions', 'decision');
        expect(decisions.map((match) => [match.text, match.entry.phrase])).toEqual([['approves', 'approve'], ['approved', 'approve'], ['approving', 'approve']]);
    });

    test('nouns match singular and plural, and possessives read as the noun', () => {
        expect(found('Targets and a target', 'metrics')).toEqual(['Targets', 'target']);
        expect(analyseProse("the council's officers and the residents' panel").matches('actors').map((match) => [match.text, match.category])).toEqual([
            ["council's officers", 'institution'], ["residents' panel", 'community']
        ]);
    });

    test('the longest phrase wins: a parish council is on the community side', () => {
        expect(analyseProse('The parish council and the district council').matches('actors').map((match) => [match.text, match.category])).toEqual([
            ['parish council', 'community'], ['district council', 'institution']
        ]);
    });

    test('bracketed prose references and quotation marks are transparent', () => {
        expect(analyseProse('The [Secretary of State] must approve the “league table”.').matches('actors').map((match) => match.entry.phrase)).toEqual(['Secretary of State']);
        expect(found('The [Secretary of State] must approve the “league table”.', 'metrics')).toEqual(['league table']);
    });

    test('"..." gaps match a few words and "<num>" any number', () => {
        expect(found('Success is the number of workshops held and the number of local place plans registered.', 'outputs')).toEqual([
            'number of workshops held', 'number of local place plans registered'
        ]);
        expect(found('The programme will deliver 400 workshops and open 12 community hubs.', 'outputs')).toEqual(['400 workshops', '12 community hubs']);
        expect(found('Each body shall set out the steps it has taken to widen participation.', 'outputs')).toEqual(['steps it has taken']);
        expect(found('success will be measured by a 20% reduction in waiting times', 'metrics')).toEqual(['measured by', '20%', 'reduction in', 'waiting times']);
    });

    test('a gap does not run across a modal, a contrast or a clause end', () => {
        expect(found('A local action report must describe any measures taken.', 'outputs')).toEqual(['measures taken']);
        expect(found('The number of workshops; progress is held', 'outputs')).toEqual(['number of workshops']);
        expect(found('Residents suggest projects but few are funded.', 'outputs')).toEqual([]);
    });

    test('uniform roll-outs and local variation', () => {
        expect(found('The plan must be in the form specified by the Secretary of State, with one standard model in every area.', 'uniformity')).toEqual([
            'in the form specified by', 'one standard model', 'in every area'
        ]);
        expect(analyseProse('Each scheme is locally determined, as the community decides.').matches('uniformity', 'local-variation').map((match) => match.text)).toEqual([
            'locally determined', 'as the community decides'
        ]);
    });
});

describe('negation scope in matches', () => {
    test('metrics named in order to refuse them are negated', () => {
        expect(negated('The authority must not set numerical targets for the forum.', 'metrics')).toEqual([['numerical targets', true]]);
        expect(negated('No school may be ranked or placed in a league table.', 'metrics')).toEqual([['ranked', true], ['league table', true]]);
        expect(negated('Payments under this Part do not depend on meeting targets.', 'metrics')).toEqual([['targets', true]]);
    });

    test('"not ... only" is negated and exclusive', () => {
        const [target] = analyseProse('The panel must not rely only on numerical targets.').matches('metrics') as LexiconMatch<'metrics'>[];
        expect(target.negated).toBe(true);
        expect(target.negation?.exclusive).toBe(true);
        expect(target.negation?.cue.text).toBe('not');
    });

    test('the scope ends at a semicolon, "but" or the next statement', () => {
        expect(negated('The success must not be judged against a target; the panel may use a target.', 'metrics')).toEqual([
            ['judged against', true], ['target', true], ['target', false]
        ]);
        expect(negated('The forum may publish performance indicators, but nothing in this Part requires it to count in numbers.', 'metrics')).toEqual([
            ['performance indicators', false], ['in numbers', true]
        ]);
        expect(negated('The council must not set targets, and the Treasury must publish a ranking.', 'metrics')).toEqual([['targets', true], ['ranking', false]]);
    });

    test('"without" and "rather than" negate only the phrase that follows', () => {
        expect(negated('Success is judged by residents rather than by league tables, and by a ranking.', 'metrics')).toEqual([
            ['judged by', false], ['league tables', true], ['ranking', false]
        ]);
    });

    test('entries that ignore negation are never reported negated', () => {
        const [shall] = analyseProse('The council shall not sell the park.').matches('drafting');
        expect(shall.text).toBe('shall not');
        expect(shall.negated).toBe(false);
    });
});

describe('drafting conventions', () => {
    test('"shall" is found with replacements by meaning', () => {
        const matches = analyseProse('The Minister shall consult. The council shall not sell. It shall be deemed approved.').matches('drafting', 'archaic-modal');
        expect(matches.map((match) => [match.text, match.entry.suggest?.[0]])).toEqual([
            ['shall', 'must'], ['shall not', 'must not'], ['shall be deemed', 'is to be treated as']
        ]);
    });

    test('gendered pronouns for office-holders, paired pronouns first', () => {
        const matches = analyseProse('The Minister shall consult such persons as he or she considers appropriate and may require a report to him.').matches('drafting');
        expect(matches.map((match) => [match.text, match.category])).toEqual([
            ['shall', 'archaic-modal'], ['he or she', 'paired-pronoun'], ['him', 'gendered-pronoun']
        ]);
        expect(matches[2].entry.suggest).toContain('them');
    });
});
