import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

const fullAct = `act "Community Power Act 2027" {
  actor forum: neighbourhood-forum
  actor council: local-authority
  section 1 { right R { holder forum duty-bearer council appeal "to the tribunal" } }
  section 2 { budget B { amount GBP 1m devolved to forum } }
  section 3 { fund F { endowment GBP 1bn governed by forum } }
  section 4 { power P { holder council action "do anything that supports community action" } }
}`;

describe('completeness/community-power-act-goals', () => {
    testRule(ruleById('completeness/community-power-act-goals'), {
        valid: [fullAct, { code: 'policy "Community Power Strategy" { }', name: 'a policy is not an Act' }],
        invalid: [
            {
                code: fullAct.replace(/  section 3 .*\n/, '').replace(/  section 4 .*\n/, ''),
                findings: [{
                    messageId: 'missing-goals',
                    data: {
                        goals: 'establish a Community Wealth Fund, or provide a permissive framework',
                        additions: 'a fund; and a general power for public bodies to support community action, or a power that needs community consent'
                    },
                    text: '"Community Power Act 2027"'
                }]
            }
        ]
    });
});

describe('completeness/budget-not-devolved', () => {
    testRule(ruleById('completeness/budget-not-devolved'), {
        valid: ['section 1 { budget B { devolved to forum level ward } }', 'section 1 { budget B { devolved to council place "Barton ward" } }'],
        invalid: [
            { code: 'section 1 { budget B { amount GBP 1m level national } }', findings: [{ messageId: 'neither', data: { name: 'B' } }] },
            { code: 'section 1 { budget B { devolved to minister level neighbourhood } }', findings: [{ messageId: 'not-devolved' }] },
            { code: 'section 1 { budget B { devolved to forum level national } }', findings: [{ messageId: 'no-place', text: 'B' }] }
        ]
    });
});

describe('completeness/treasury-wellbeing', () => {
    testRule(ruleById('completeness/treasury-wellbeing'), {
        valid: [
            'section 1 { budget B { from treasury } duty D { bearer treasury action "assess spending against wellbeing outcomes" } }',
            { code: 'section 1 { budget B { from council } }', name: 'local money only' }
        ],
        invalid: [{ code: 'section 1 { budget B { from treasury } }', findings: [{ messageId: 'no-wellbeing-duty', text: '"Example Act"' }] }]
    });
});
