import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('budget/allocations-exceed-total', () => {
    testRule(ruleById('budget/allocations-exceed-total'), {
        valid: [
            { code: 'section 1 { budget B { amount GBP 1m per year allocate GBP 600000 per year to forum allocate GBP 400000 per year to council } }', name: 'exactly the whole' },
            { code: 'section 1 { budget B { amount GBP 12000 per year allocate GBP 1000 per month to forum } }', name: 'monthly allocation within a yearly budget' },
            { code: 'section 1 { budget B { allocate GBP 5m to forum } }', name: 'no amount stated' },
            { code: 'section 1 { fund F { endowment GBP 2bn allocate GBP 1.5bn to forum } }', name: 'fund within its endowment' }
        ],
        invalid: [
            {
                code: 'section 1 { budget Youth { amount GBP 100,000 per year allocate GBP 70,000 per year to forum allocate GBP 50,000 per year to council } }',
                findings: [{ messageId: 'over-total', data: { name: 'Youth', allocated: 'GBP 120,000 a year', holding: 'GBP 100,000 a year' }, text: 'Youth' }]
            },
            {
                code: 'section 1 { budget B { amount GBP 12000 per year allocate GBP 2000 per month to forum } }',
                findings: [{ messageId: 'over-total', data: { allocated: 'GBP 24,000 a year' } }]
            },
            {
                code: 'section 1 { fund F { source "dormant assets" GBP 1m allocate GBP 2m to forum } }',
                findings: [{ messageId: 'over-total', data: { holding: 'GBP 1,000,000' } }]
            }
        ]
    });
});

describe('budget/shares-not-100', () => {
    testRule(ruleById('budget/shares-not-100'), {
        valid: [
            'section 1 { budget B { amount GBP 1m allocate 35% to forum allocate 65% to council } }',
            { code: 'section 1 { budget B { amount GBP 1m allocate 33.33% to forum allocate 33.33% to council allocate 33.34% to residents } }', name: 'decimals that total 100' },
            { code: 'section 1 { budget B { amount GBP 1m allocate 50% to forum allocate GBP 500000 to council } }', name: 'shares with sums alongside' }
        ],
        invalid: [
            { code: 'section 1 { budget B { amount GBP 1m allocate 70% to forum allocate 40% to council } }', findings: [{ messageId: 'over', data: { total: '110' }, text: 'B' }] },
            { code: 'section 1 { fund F { allocate 60% to forum allocate 30% to council } }', findings: [{ messageId: 'under', data: { name: 'F', total: '90', rest: '10' } }] }
        ]
    });
});

describe('budget/mismatched-units', () => {
    testRule(ruleById('budget/mismatched-units'), {
        valid: ['section 1 { budget B { amount GBP 1m per year allocate GBP 1000 per year to forum } }'],
        invalid: [
            { code: 'section 1 { budget B { amount GBP 1m per year allocate EUR 1000 per year to forum } }', findings: [{ messageId: 'currency', data: { currency: 'EUR', name: 'B', expected: 'GBP' }, text: 'EUR 1000' }] },
            { code: 'section 1 { budget B { amount GBP 1m per year allocate GBP 1000 per month to forum } }', findings: [{ messageId: 'period', data: { period: 'month', expected: 'year' } }] },
            { code: 'section 1 { budget B { amount GBP 1m per year allocate GBP 1000 to forum } }', findings: [{ messageId: 'no-period', data: { expected: 'year' } }] },
            { code: 'section 1 { budget B { amount GBP 1m allocate GBP 1000 per year to forum } }', findings: [{ messageId: 'recurring-from-sum', data: { period: 'year', name: 'B' } }] }
        ]
    });
});

describe('budget/allocation-without-recipient', () => {
    testRule(ruleById('budget/allocation-without-recipient'), {
        valid: ['section 1 { budget B { amount GBP 100 allocate GBP 10 to forum allocate GBP 10 to "the youth club on Station Road" } }'],
        invalid: [
            { code: 'section 1 { budget B { amount GBP 100 allocate GBP 10 } }', findings: [{ messageId: 'no-recipient', text: 'GBP 10' }] },
            { code: 'section 1 { budget B { amount GBP 100 allocate 5% to "Miscellaneous" } }', findings: [{ messageId: 'catch-all', data: { description: 'Miscellaneous' }, text: '5%' }] }
        ]
    });
});
