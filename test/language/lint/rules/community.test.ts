import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('community/institution-decides', () => {
    testRule(ruleById('community/institution-decides'), {
        valid: [
            { code: 'section 1 { participation P { participants residents level consult decided by forum } }', name: 'a community body decides' },
            { code: 'section 1 { participation P { participants residents level collaborate decided by council } }', name: 'the decision is shared' },
            { code: 'section 1 { participation P { participants residents level consult } }', name: 'no decider named: nothing to judge structurally' },
            { code: 'section 1 { participation P { level consult decided by council, [community body] } }', name: 'decided jointly with a community body' }
        ],
        invalid: [
            {
                code: 'section 1 { participation HaveYourSay { participants residents level consult decided by minister } }',
                fixed: 'section 1 { participation HaveYourSay { participants residents level collaborate decided by minister } }',
                findings: [{ message: 'The decision rests with the Secretary of State, while the part given to people who live in the area is only to be consulted.', text: 'HaveYourSay' }]
            },
            {
                code: 'section 1 { participation Updates { participants forum level inform decided by council, department } }',
                fixed: 'section 1 { participation Updates { participants forum level collaborate decided by council, department } }',
                findings: [{ message: 'The decision rests with the council and the department, while the part given to the neighbourhood forum is only to be kept informed.' }]
            },
            { code: 'section 1 { participation P { decided by contractor } }', findings: [{ message: 'the part given to the community is not stated' }] }
        ]
    });
});

describe('community/budget-without-community-control', () => {
    testRule(ruleById('community/budget-without-community-control'), {
        valid: [
            'section 1 { budget B { amount GBP 1m devolved to forum decided by forum via participatory-budgeting } }',
            { code: 'section 1 { budget B { amount GBP 1m } }', name: 'nobody named yet' },
            {
                code: 'section 1 { budget B { amount GBP 1m decided by council } participation P { level delegate decided by forum matter "how budget B is spent" } }',
                name: 'spending delegated to the community in the same section'
            },
            { code: 'section 1 { fund F { governed by [community body] decided by department } }', name: 'governed by a community body' }
        ],
        invalid: [
            {
                code: 'section 1 { fund Improvement { endowment GBP 20m governed by department decided by minister via ministerial-decision } }',
                fixed: 'section 1 { fund Improvement { endowment GBP 20m governed by department decided by minister via ministerial-decision\n  decided by forum via participatory-budgeting } }',
                findings: [{ message: 'The fund Improvement is held and decided by the Secretary of State and the department, with no community body in control.', text: 'Improvement' }]
            },
            {
                code: 'section 1 { budget B { amount GBP 1m devolved to council decided by council accountable council } }',
                fixed: 'section 1 { budget B { amount GBP 1m devolved to council decided by council accountable council\n  decided by forum via participatory-budgeting } }',
                findings: [{ message: 'The budget B is held and decided by the council, with no community body in control.' }]
            }
        ]
    });
});

describe('community/unchecked-central-power', () => {
    testRule(ruleById('community/unchecked-central-power'), {
        valid: [
            'section 1 { power P { holder minister regulations affirmative consent forum } }',
            { code: 'section 1 { power P { holder council action "run a library" } }', name: 'a local power is not central' },
            { code: 'section 1 { power P { holder forum action "make bylaws for the park" } }', name: 'a community power' }
        ],
        invalid: [
            { code: 'section 1 { power Directions { holder minister action "give directions" } }',
                fixed: 'section 1 { power Directions { holder minister action "give directions"\n  consent forum } }', findings: [{ message: 'lets the Secretary of State act with no check by the communities affected', text: 'Directions' }] },
            { code: 'section 1 { power Rules { holder treasury regulations negative consults forum } }',
                fixed: 'section 1 { power Rules { holder treasury regulations negative consults forum\n  consent forum } }', findings: [{ message: 'after consulting the neighbourhood forum, but consultation is not a check' }] },
            { code: 'section 1 { power Rules { holder department consent council } }',
                fixed: 'section 1 { power Rules { holder department consent council\n  consent forum } }', findings: [{ message: 'with no check by the communities affected' }] }
        ]
    });
});

describe('community/outsourcing-default', () => {
    testRule(ruleById('community/outsourcing-default'), {
        valid: [
            'section 1 { budget B { amount GBP 1m decided by forum via participatory-budgeting } fund F { distribution via grant-panel to forum } }',
            { code: 'section 1 { "Nothing in this Act requires a service to be put out to tender." }', name: 'a refusal to require tendering' }
        ],
        invalid: [
            { code: 'section 1 { budget B { decided by council via competitive-tender } }',
                fixed: 'section 1 { budget B { decided by council via co-production } }', findings: [{ message: 'Competitive tender is the route here', text: 'competitive-tender' }] },
            { code: 'section 1 { fund F { distribution via competitive-tender to contractor } }',
                fixed: 'section 1 { fund F { distribution via co-production to contractor } }', findings: [{ message: 'Competitive tender is the route here', text: 'competitive-tender' }] },
            { code: 'section 1 { "Projects shall be delivered by a delivery partner appointed by competitive tender." }', findings: [{ message: 'This clause sends the work to a contractor ("delivery partner appointed")', text: 'delivery partner appointed' }] },
            { code: 'section 1 { participation P { method competitive-tender decided by council } }',
                fixed: 'section 1 { participation P { method co-production decided by council } }', findings: [{ message: 'Competitive tender' }] }
        ]
    });
});

describe('community/right-without-remedy', () => {
    testRule(ruleById('community/right-without-remedy'), {
        valid: [
            'section 1 { right R { holder [community body] duty-bearer council appeal to tribunal } }',
            'section 1 { right R { holder residents duty-bearer council enforcement "a complaint to the Ombudsman, whose findings bind the council" } }'
        ],
        invalid: [
            { code: 'section 1 { right RightToBid { holder [community body] duty-bearer council } }',
                fixed: 'section 1 { right RightToBid { holder [community body] duty-bearer council\n  appeal "to the First-tier Tribunal, against a refusal or a failure to decide in time" } }', findings: [{ message: 'The right RightToBid gives the community body no appeal', text: 'RightToBid' }] }
        ]
    });
});
