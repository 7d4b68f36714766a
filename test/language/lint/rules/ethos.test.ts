import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('ethos/metrics-only-success', () => {
    testRule(ruleById('ethos/metrics-only-success'), {
        valid: [
            { code: 'section 1 { measure metric "Footfall" evidence quantitative measure outcome "People feel the high street is theirs" evidence qualitative }', name: 'a number beside an outcome' },
            { code: 'section 1 { measure outcome "Fewer people are lonely" }', name: 'an outcome with its evidence not yet chosen' },
            { code: 'section 1 { "The council must publish a plan." }', name: 'no measures at all' },
            { code: 'section 1 { "A petition signed by 10 per cent of the electors of the parish obliges the council to hold a poll." }', name: 'a share of the electors is a threshold, not a measure of success' },
            { code: 'section 1 { "The council must pass 15 per cent of the levy receipts to the parish council." }', name: 'a share of money is a budget share' },
            { code: 'section 1 { "Each hub is to be judged by whether the people who use it say their situation has improved." }', name: 'judged by what people say' },
            { code: 'section 1 { "A petition signed by 2,000 residents obliges the full council to debate the issue." }', name: 'a number of signatures is a threshold' },
            { code: 'section 1 { "The council must ensure that at least one public meeting is held in each ward before the plan is adopted." }', name: 'a minimum number of meetings is a rule, not a measure of success' },
            { code: 'section 1 { "The target date for the handover of the mill to the community trust is 31 March." }', name: 'a target date is a deadline' },
            { code: 'section 1 { "The authority must provide the dataset within 20 working days of the request." }', name: 'working days are a period' },
            { code: 'section 1 { "A proposal put to a community poll is approved if it receives two-thirds of the votes cast and the number of votes cast is at least a quarter of the electorate." }', name: 'the number of votes cast is a threshold' },
            { code: 'section 1 { "The number of sessions held may be reported as context, but the annual report must lead with what participants say has changed for them." }', name: 'what participants say has changed leads' },
            { code: 'section 1 { "If the target has not been met, the report must explain why it has not been met." }', name: 'explaining why in words' },
            { code: 'section 1 { "Services are to be organised around neighbourhoods rather than around targets." }', name: 'targets refused after a preposition' },
            { code: 'section 1 { "Indicators are collected to help residents ask better questions, not to rank teams." }', name: 'indicators with a stated purpose for residents' }
        ],
        invalid: [
            {
                code: 'section 1 {\n  measure Footfall metric "Visitors each month"\n    evidence quantitative target "5% more"\n}',
                findings: [{ messageId: 'numbers-only', data: { measures: '"Visitors each month"' }, text: 'metric' }],
                fixed: 'section 1 {\n  measure Footfall metric "Visitors each month"\n    evidence quantitative target "5% more"\n  measure outcome "Describe the change people would notice in their lives" evidence qualitative over 10 years\n}'
            },
            {
                code: 'section 1 { budget B { amount GBP 1m decided by forum measure output "Grants made" measure metric "Spend per head" } }',
                findings: [{ messageId: 'numbers-only', data: { measures: '"Grants made", "Spend per head"' } }],
                fixed: 'section 1 { budget B { amount GBP 1m decided by forum measure output "Grants made" measure metric "Spend per head"\nmeasure outcome "Describe the change people would notice in their lives" evidence qualitative over 10 years } }'
            },
            // Clauses, by what the prose judgement found (lint/judgements.ts).
            {
                code: 'section 1 { "The programme will be judged to have worked if the borough rises into the top quartile of the national rankings by 2030." }',
                findings: [{ messageId: 'metric', data: { words: 'top quartile' }, text: 'top quartile' }],
                fixed: 'section 1 { "The programme will be judged to have worked if the borough rises into the top quartile of the national rankings by 2030."\nmeasure outcome "Describe the change people would notice in their lives" evidence qualitative over 10 years }'
            },
            {
                code: 'section 1 { "Success is 500 volunteers recruited." }',
                findings: [{ messageId: 'count', data: { words: '500 volunteers' }, text: '500 volunteers' }],
                fixed: 'section 1 { "Success is 500 volunteers recruited."\nmeasure outcome "Describe the change people would notice in their lives" evidence qualitative over 10 years }'
            }
        ]
    });
});

describe('ethos/central-targets', () => {
    testRule(ruleById('ethos/central-targets'), {
        valid: [
            'section 1 { measure metric "Visits" target "10% more" defined by residents }',
            { code: 'section 1 { measure outcome "People feel safer" defined by department }', name: 'an outcome the centre frames, with no target' }
        ],
        invalid: [
            { code: 'section 1 { measure metric "Visits" evidence quantitative defined by department target "10% more" }',
                fixed: 'section 1 { measure metric "Visits" evidence quantitative defined by forum target "10% more" }', findings: [{ messageId: 'target', data: { definers: 'the department' }, text: 'department' }] },
            { code: 'section 1 { measure output "Reports" defined by minister }',
                fixed: 'section 1 { measure output "Reports" defined by forum }', findings: [{ messageId: 'measure', data: { definers: 'the Secretary of State' } }] }
        ]
    });
});

describe('ethos/missing-ethos', () => {
    testRule(ruleById('ethos/missing-ethos'), {
        valid: [
            'programme "P" { ethos "Residents lead." }',
            { code: 'amendment "Localism Act 2011 (Amendment)" { amends "Localism Act 2011" }', name: 'amendments take the amended Act\'s purpose' },
            { code: 'definitions "Shared terms" { "x" means "y" }', name: 'a definitions file is not an instrument' }
        ],
        invalid: [
            { code: 'bill "Parks Bill" { purpose "To keep parks open." }',
                fixed: 'bill "Parks Bill" { purpose "To keep parks open."\nethos "State the shared purpose this serves, in the words of the people it serves" }', findings: [{ messageId: 'no-ethos', data: { kind: 'bill' }, text: '"Parks Bill"' }] }
        ]
    });
});
