import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

// Each case lints with only the waiver rule on, so the rule a waiver names finds nothing to suppress.
describe('waivers/reason-required', () => {
    testRule(ruleById('waivers/reason-required'), {
        valid: ['section 1 {\n  // commons-ignore drafting/shall -- quoted from the 1972 Act\n  "The council shall publish the plan."\n}'],
        invalid: [
            {
                code: 'section 1 {\n  // commons-ignore drafting/shall\n  "The council shall publish the plan."\n}',
                findings: [{ messageId: 'no-reason', data: { ruleId: 'drafting/shall' }, text: '// commons-ignore drafting/shall' }]
            },
            {
                code: 'section 1 {\n  // commons-ignore\n  "The council shall publish the plan."\n}',
                findings: [{ messageId: 'no-reason-no-rule', text: '// commons-ignore' }]
            }
        ]
    });
});

describe('waivers/unknown-rule', () => {
    testRule(ruleById('waivers/unknown-rule'), {
        valid: ['section 1 {\n  // commons-ignore drafting/shall -- quoted from the 1972 Act\n  "The council shall publish the plan."\n}'],
        invalid: [{
            code: 'section 1 {\n  // commons-ignore drafting/shal -- quoted from the 1972 Act\n  "The council shall publish the plan."\n}',
            findings: [{ messageId: 'unknown', data: { ruleId: 'drafting/shal', suggestion: 'drafting/shall' } }]
        }, {
            code: 'section 1 {\n  // commons-ignore language/unresolved-reference -- quoted as enacted\n  "The council must publish the plan."\n}',
            name: 'the language\'s own checks cannot be waived',
            findings: [{ messageId: 'language-check', data: { ruleId: 'language/unresolved-reference' } }]
        }, {
            code: 'section 1 {\n  // commons-ignore spelling -- a name\n  "The council must publish the plan."\n}',
            name: 'no rule close enough to suggest',
            findings: [{ messageId: 'unknown-no-suggestion', data: { ruleId: 'spelling' } }]
        }]
    });
});

describe('waivers/unused', () => {
    testRule(ruleById('waivers/unused'), {
        valid: [{ code: 'section 1 {\n  // commons-ignore drafting/shall\n  "The council shall publish the plan."\n}', name: 'a waiver without a reason is reason-required\'s' }],
        invalid: [{
            code: 'section 1 {\n  // commons-ignore drafting/shall, budget/shares-not-100 -- quoted from the 1972 Act\n  "The council must publish the plan."\n}',
            findings: [{ messageId: 'unused', data: { ruleIds: 'drafting/shall, budget/shares-not-100' } }]
        }]
    });
});
