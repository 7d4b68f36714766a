import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('drafting/unused-definition', () => {
    testRule(ruleById('drafting/unused-definition'), {
        valid: [
            'act "A" { "relevant service" means "x" section 1 { "Each [relevant service] must ..." } }',
            { code: 'act "A" { actor forum: neighbourhood-forum\n "member" means "a member of a [forum]" section 1 { right R { holder [member] } } }', name: 'used in a structured reference' },
            { code: 'act "A" { "asset" means "land" section 1 { "Each of the [assets] ..." } }', name: 'used in the plural' }
        ],
        invalid: [
            { code: 'act "A" { "relevant service" means "x" section 1 { "A relevant service must ..." } }', findings: [{ messageId: 'unused', data: { term: 'relevant service' }, text: '"relevant service"' }] }
        ]
    });
});

describe('drafting/unfinished-participation', () => {
    testRule(ruleById('drafting/unfinished-participation'), {
        valid: [
            'section 1 { participation P { participants residents level collaborate matter "the priorities for the year" decided by forum } }',
            { code: 'section 1 { participation P { participants forum, residents matter "which parks are improved" } }', name: 'no level or decider: other rules judge those' }
        ],
        invalid: [
            {
                code: 'section 1 { "The council decides the priorities." participation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'what the "Share this decision" quick fix inserts',
                findings: [{ messageId: 'no-matter', data: { name: 'SharedDecision' }, text: 'SharedDecision' }]
            },
            {
                code: 'section 1 { participation Say { level consult matter "" } }',
                name: 'an empty matter and no participants',
                findings: [{ messageId: 'no-matter', text: 'Say' }, { messageId: 'no-participants', data: { name: 'Say' }, text: 'Say' }]
            }
        ]
    });
});
