import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('outcomes/output-counting', () => {
    testRule(ruleById('outcomes/output-counting'), {
        valid: [
            { code: 'section 1 { "Grantees must submit written reports of the progress toward achieving the objectives in the grant agreement." }', name: 'progress toward objectives is not a tally' },
            { code: 'section 1 { "The milestones will assist Ministers in measuring whether progress is being made towards the achievement of the well-being goals." }', name: 'progress judged against the goals' },
            { code: 'section 1 { "Each police and crime commissioner must produce a police and crime plan within the first financial year after they are elected." }', name: 'a bare duty to produce a plan is how the plan comes about' },
            { code: 'section 1 { "A request must be answered within 3 months." }', name: 'a time limit a duty sets for its own act is a deadline' },
            'section 1 { measure outcome "Fewer families reach crisis" measure metric "Waiting time" }',
            { code: 'section 1 { "The council must list the land or building within 8 weeks of the nomination." }', name: '"list" as designating an asset, not keeping a record of activity' },
            { code: 'section 1 { "The assembly accounts to residents for what it has done and what difference that has made to the neighbourhood." }', name: 'activity reported with the difference it made, as the finding advises' },
            { code: 'section 1 { "A person is treated as resident if he has lived in the area for 3 years." }', name: 'a status a person is treated as having, not a duty counted done' },
            { code: 'section 1 { "The council meets this duty if" }', name: 'a clause that stops at its condition (it once made the rule fail)' }
        ],
        invalid: [
            { code: 'section 1 { "The assembly accounts to residents for what it has done." }', findings: [{ messageId: 'activity', data: { words: 'what it has done' }, text: 'what it has done' }] },
            { code: 'section 1 { "The partnership\'s annual review will list the projects it has funded and the events it has run." }', findings: [{ messageId: 'activity', text: 'projects it has funded' }] },
            { code: 'section 1 { "The council meets this duty by publishing a strategy." }', findings: [{ messageId: 'documents', data: { words: 'meets this duty by' }, text: 'meets this duty by' }] },
            { code: 'section 1 { "The authority has complied with this duty if it has published a participation strategy." }', findings: [{ messageId: 'documents', text: 'has complied with this duty if' }] },
            {
                code: 'section 1 { "The council meets the engagement requirement by posting the proposal on its website." }',
                name: 'a duty met by the means of doing it',
                findings: [{ messageId: 'done-by-output', data: { words: 'meets the engagement requirement by posting' } }]
            },
            {
                code: 'section 1 { "A forum is to be regarded as effective if it has met four times in the year and submitted its minutes to the council." }',
                name: 'success counted as meetings held and papers sent',
                findings: [{ messageId: 'done-by-output' }]
            },
            {
                code: 'section 1 { "The trust is to be taken to have supported tenants if it has run a campaign and produced a leaflet." }',
                name: 'an act counted done, named by "to have" and its participle',
                findings: [{ messageId: 'done-by-output' }]
            },
            {
                code: 'section 1 { "The scheme will be counted as complete once the new hall has been built and opened." }',
                name: 'counted complete once something has been built',
                findings: [{ messageId: 'done-by-output' }]
            },
            {
                code: 'section 1 { "The success of the plan will be demonstrated by the publication of an annual report." }',
                name: 'success shown by producing a document, named as a noun',
                findings: [{ messageId: 'done-by-output' }]
            },
            { code: 'section 1 { "Success is 12 new social enterprises registered by year three." }', name: 'success as a number of things registered', findings: [{ messageId: 'activity', text: '12 new' }] },
            { code: 'section 1 { "The council must ensure that at least one public meeting is held in each ward before the plan is adopted." }', name: 'a duty met by holding a number of meetings', findings: [{ messageId: 'activity' }] },
            { code: 'section 1 { "The strategy is delivered once every school has a named wellbeing lead and a written wellbeing policy." }', name: 'a plan that exists, counted as delivery', findings: [{ messageId: 'activity' }] },
            { code: 'section 1 { "An asset transfer is to be recorded as successful when the lease has been signed and the keys have been handed over." }', name: 'success recorded when a transaction is done', findings: [{ messageId: 'done-by-output' }] },
            { code: 'section 1 { "The council will know that the strategy has worked when every action in the plan has been marked as delivered." }', name: 'worked when actions are marked delivered', findings: [{ messageId: 'done-by-output' }] },
            { code: 'section 1 { "Success for the coastal defence project is the completion of the works within budget." }', name: 'success is the completion of works', findings: [{ messageId: 'documents' }] },
            { code: 'section 1 { "Delivery partners must evidence compliance with the grant conditions by submitting attendance registers and signed timesheets." }', name: 'compliance evidenced by documents', findings: [{ messageId: 'documents' }] },
            { code: 'section 1 { "The authority\'s performance is to be assessed by reference to the proportion of planning applications determined within the statutory period." }', name: 'throughput within a statutory period', findings: [{ messageId: 'activity' }] },
            { code: 'section 1 { "Progress is to be reported as the number of plan actions started and the number completed." }', name: 'actions started and completed', findings: [{ messageId: 'activity' }] },
            { code: 'section 1 { "The chief executive is responsible for ensuring that 90 per cent of invoices are paid within 30 days." }', name: 'throughput within a time', findings: [{ messageId: 'activity' }] },
            { code: 'section 1 { "The annual report must contain an assessment of the council\'s progress towards implementing its corporate plan." }', name: 'progress in carrying out a plan', findings: [{ messageId: 'activity' }] },
            { code: 'section 1 { "The fund\'s performance is to be assessed by the amount of money distributed." }', name: 'money handed out as the measure of success', findings: [{ messageId: 'activity', text: 'amount of money distributed' }] },
            { code: 'section 1 { "Delivery is measured in miles of cycle lane built." }', findings: [{ messageId: 'tally', data: { words: 'measured in' }, text: 'measured in' }] },
            { code: 'section 1 { measure Workshops output "Number of workshops held" }',
                fixed: 'section 1 { measure Workshops output "Number of workshops held"\nmeasure outcome "Describe what should be different in people\'s lives" evidence qualitative over 10 years }', findings: [{ messageId: 'output-measure', data: { description: 'Number of workshops held' }, text: 'output' }] }
        ]
    });
});

describe('outcomes/short-horizon', () => {
    testRule(ruleById('outcomes/short-horizon'), {
        valid: [
            'section 1 { measure outcome "Residents feel safer" over 3 years }',
            { code: 'section 1 { measure metric "Response time" over 6 months }', name: 'a short horizon for an operational metric' },
            { code: 'section 1 { budget B { amount GBP 1m per year for 36 months } }', name: 'three years in months' }
        ],
        invalid: [
            { code: 'section 1 { measure outcome "Residents feel safer" over 12 months }',
                fixed: 'section 1 { measure outcome "Residents feel safer" over 3 years }', findings: [{ messageId: 'outcome', data: { outcome: 'Residents feel safer', period: '12 months', minYears: '3' }, text: '12 months' }] },
            { code: 'section 1 { budget Pilot { amount GBP 1m per year for 2 years } }',
                fixed: 'section 1 { budget Pilot { amount GBP 1m per year for 3 years } }', findings: [{ messageId: 'budget', data: { period: '2 years', minYears: '3' }, text: '2 years' }] }
        ]
    });
    testRule(ruleById('outcomes/short-horizon'), {
        options: { minYears: 10 },
        valid: ['section 1 { measure outcome "Residents feel safer" over 10 years }'],
        invalid: [{ code: 'section 1 { measure outcome "Residents feel safer" over 5 years }',
                fixed: 'section 1 { measure outcome "Residents feel safer" over 10 years }', findings: [{ messageId: 'outcome', data: { minYears: '10' } }] }]
    });
});

describe('outcomes/evidence-paradox', () => {
    testRule(ruleById('outcomes/evidence-paradox'), {
        valid: [
            'section 1 { evaluation E { evidence mixed } measure outcome "Fewer people are lonely" evidence qualitative }',
            { code: 'section 1 { measure metric "Visits" evidence quantitative }', name: 'a metric may be counted' }
        ],
        invalid: [
            {
                code: 'section 1 { evaluation E { every 1 year evidence quantitative } }',
                findings: [{ messageId: 'numbers-only', text: 'quantitative' }],
                fixed: 'section 1 { evaluation E { every 1 year evidence mixed } }'
            },
            { code: 'section 1 { evaluation E { every 1 year } }', findings: [{ messageId: 'no-evidence' }] },
            {
                code: 'section 1 { measure outcome "Life expectancy rises" evidence quantitative }',
                findings: [{ messageId: 'outcome-numbers-only', data: { outcome: 'Life expectancy rises' } }],
                fixed: 'section 1 { measure outcome "Life expectancy rises" evidence mixed }'
            }
        ]
    });
});
