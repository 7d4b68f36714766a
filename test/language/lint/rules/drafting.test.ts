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
