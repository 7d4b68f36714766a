import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('community/institution-decides', () => {
    testRule(ruleById('community/institution-decides'), {
        valid: [
            { code: 'section 1 { participation P { participants residents level consult decided by forum } }', name: 'a community body decides' },
            { code: 'section 1 { participation P { participants residents level collaborate decided by council } }', name: 'the decision is shared' },
            { code: 'section 1 { participation P { participants residents level consult } }', name: 'no decider named: nothing to judge structurally' },
            { code: 'section 1 { participation P { level consult decided by council, [community body] } }', name: 'decided jointly with a community body' },
            { code: 'section 1 { "The council must adopt the plan if a majority of those voting in the referendum support it." }', name: 'a duty bound to a vote read in the condition' },
            { code: 'section 1 { "The assembly, which the council convenes, decides the priorities for the fund." }', name: 'the community body is the subject, not the council in the aside' },
            { code: 'section 1 { "The trust\'s board, which is elected by and from the tenants, decides how the repairs budget is spent." }', name: 'a board the tenants elect from among themselves is theirs' },
            { code: 'section 1 { "Residents, not the council, decide which homes are repaired first." }', name: 'residents decide; the council is set aside' },
            { code: 'section 1 { "The list must be kept in such form as the authority considers appropriate." }', name: 'a discretion over the form of a record only' },
            { code: 'section 1 { "The council must publish a statement setting out how it has involved residents in the plan." }', name: 'what a published statement reports on is not a decision' },
            { code: 'section 1 { "The council must revoke the order if the residents\' association asks it to." }', name: 'a veto the community triggers is the community\'s' },
            { code: 'section 1 { "Each grantee must report the number of people served, in such form as the Secretary may prescribe." }', name: 'a say over the form of a report only' },
            { code: 'section 1 { "The register of licences must record each licence granted by the council." }', name: 'a register lists decisions; it does not take them' },
            { code: 'section 1 { "The council must not set targets for the service, and must instead agree with each family what a good outcome would be." }', name: 'agreeing with families is sharing the decision' },
            { code: 'section 1 { "The objects of the council are (a) to provide accountable government for local communities; and (b) to promote the involvement of communities." }', name: 'a statement of objects decides nothing' },
            { code: 'section 1 { "Each neighbourhood may design its own arrangements, and those arrangements need not follow any model set by the authority." }', name: 'a model nobody need follow binds no one' },
            { code: 'section 1 { "Each planning authority must publish a statement of— (a) the number of neighbourhood areas designated during the year; and (b) the number of referendums held." }', name: 'decisions a report counts, listed under its lead-in' },
            { code: 'section 1 { "A public service authority must publish a report which states the number of requests agreed to by the authority." }', name: 'decisions a report counts' },
            { code: 'section 1 { "The Scottish Ministers must publish reports on progress at such intervals as they consider appropriate." }', name: 'a say over when a report is published only' },
            { code: 'section 1 { "Land may be listed only in response to a community nomination, or where permitted by regulations made by the Secretary of State." }', name: 'listing the community asks for' },
            { code: 'section 1 { "Approval by the Secretary of State is not required for any project selected by the neighbourhood assembly." }', name: 'an approval the clause says is not needed' },
            { code: 'section 1 { "The authority must make arrangements to hold a referendum on the proposal." }', name: 'arrangements for a vote hand the decision to the voters' },
            { code: 'section 1 { "The youth council decides how the youth grant is spent, and any decision of the youth council is final." }', name: 'a council young people elect is theirs' },
            { code: 'section 1 { "The authority must not close the library unless and until a local poll has approved the closure." }', name: 'a poll acts for those who vote in it' },
            { code: 'section 1 { "No authority is to be required to adopt a standard model of governance." }', name: 'freed from a central model, not from the community' },
            { code: 'section 1 { "If the handover has not taken place by 31 March, the trust may require the council to complete it." }', name: 'a negation inside a condition frees nobody' },
            { code: 'section 1 { "No authority is to be required to adopt a standard model, and each may design its own arrangements with the agreement of the communities concerned." }', name: 'freed from a model, with the community named only after' },
            { code: 'section 1 { "The council\'s target is that every resident who asks for help should, in their own words, feel that the help made a difference." }', name: 'a target judged by people\'s own accounts' },
            { code: 'section 1 { "A council may do anything that helps people in its area to take part in local decisions." }', name: 'helping people take part supports them' },
            { code: 'section 1 { "The authority must consult the community council on any proposal to close a library and must not proceed unless the community council, having been so consulted, consents to it." }', name: 'a consent after an aside binds the authority' },
            { code: 'section 1 { "Within 90 days after the end of each year, the committee must approve and submit an annual report to the governor." }', name: 'signing off an account is transparency' },
            { code: 'section 1 { "The allocation of homes held by the trust shall be decided by the board of the trust, a majority of whose members shall be residents of the parish." }', name: 'a board the residents make up, named after by' },
            { code: 'section 1 { "Each grantee must at regular intervals prescribed by the department report the results of its programme to the department." }', name: 'a say over the timing of a report only' },
            { code: 'section 1 { "The office of a councillor becomes vacant where a recall petition is signed by 10 per cent of the electors, and the returning officer must certify the result of the petition." }', name: 'certifying the result of a vote administers it' },
            { code: 'section 1 { "The Right to Manage has been improved over time to make the process quicker for tenants who want to set up a management organisation." }', name: 'a right named with capitals is not a body' },
            { code: 'section 1 { "Member States shall report to the Commission every two years on the number of inspections carried out and the penalties imposed by the competent authorities." }', name: 'a report on what was done, with no document named' }
        ],
        invalid: [
            {
                code: 'section 1 {\n  (1) "The [council] decides the plan, having consulted residents."\n  participation Plan { participants residents level consult decided by council }\n}',
                name: 'the same decision in prose and in structure is one finding',
                fixed: 'section 1 {\n  (1) "The [council] decides the plan, having consulted residents."\n  participation Plan { participants residents level collaborate decided by council }\n}',
                findings: [{ messageId: 'consulted', text: 'Plan' }]
            },
            {
                code: 'section 1 { participation HaveYourSay { participants residents level consult decided by minister } }',
                fixed: 'section 1 { participation HaveYourSay { participants residents level collaborate decided by minister } }',
                findings: [{ messageId: 'consulted', data: { deciders: 'the Secretary of State', participants: 'people who live in the area' }, text: 'HaveYourSay' }]
            },
            {
                code: 'section 1 { participation Updates { participants forum level inform decided by council, department } }',
                fixed: 'section 1 { participation Updates { participants forum level collaborate decided by council, department } }',
                findings: [{ messageId: 'informed', data: { deciders: 'the council and the department', participants: 'the neighbourhood forum' } }]
            },
            { code: 'section 1 { participation P { decided by contractor } }', findings: [{ messageId: 'no-level', data: { participants: 'the community' } }] },
            {
                code: 'section 1 { participation Updates { participants forum level involve decided by council } }',
                fixed: 'section 1 { participation Updates { participants forum level collaborate decided by council } }',
                findings: [{ messageId: 'involved', data: { deciders: 'the council', participants: 'the neighbourhood forum' } }]
            },
            // Clauses, by what the prose judgement found (lint/judgements.ts).
            {
                code: 'section 1 { "The authority, having considered the representations, determines the application." }',
                name: 'the subject and its verb on either side of an aside',
                fixed: 'section 1 { "The authority, having considered the representations, determines the application."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the authority', words: 'determines' } }]
            },
            {
                code: 'section 1 { "Housing officers visit each applicant and determine their priority banding." }',
                name: 'one subject governs a second verb after the first verb\'s object',
                fixed: 'section 1 { "Housing officers visit each applicant and determine their priority banding."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { words: 'determine' } }]
            },
            {
                code: 'section 1 { "Subject to the approval of the Secretary of State, the forum may adopt the plan." }',
                name: 'a community decision that waits on a minister\'s approval',
                fixed: 'section 1 { "Subject to the approval of the Secretary of State, the forum may adopt the plan."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the Secretary of State', words: 'approval' } }]
            },
            {
                code: 'section 1 { "Residents may suggest projects, but which projects are funded is up to the council." }',
                name: 'a clause that is the subject of "is up to"',
                fixed: 'section 1 { "Residents may suggest projects, but which projects are funded is up to the council."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the council', words: 'is up to' } }]
            },
            {
                code: 'section 1 { "Before the end of each financial year the Secretary of State must decide the share of the grant each authority receives." }',
                name: 'a time phrase before the subject',
                fixed: 'section 1 { "Before the end of each financial year the Secretary of State must decide the share of the grant each authority receives."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the Secretary of State', words: 'decide' } }]
            },
            {
                code: 'section 1 { "Decisions about the use of the fund rest with the accountable body." }',
                name: 'a plural decision noun whose verb agrees with it, not with the last noun',
                fixed: 'section 1 { "Decisions about the use of the fund rest with the accountable body."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the accountable body', words: 'rest with' } }]
            },
            {
                code: 'section 1 { "The principal council may, after consulting the community, abolish the town council." }',
                name: 'ending a community\'s own council is a decision',
                fixed: 'section 1 { "The principal council may, after consulting the community, abolish the town council."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the principal council', words: 'abolish' } }]
            },
            {
                code: 'section 1 { "In its evaluation of an application for a licence, the agency shall take into account the applicant\'s record." }',
                name: 'a decision owned by a possessive pronoun in an opening phrase',
                fixed: 'section 1 { "In its evaluation of an application for a licence, the agency shall take into account the applicant\'s record."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the agency', words: 'evaluation of an application' } }]
            },
            {
                code: 'section 1 { "Final approval of each neighbourhood plan lies with the planning committee." }',
                name: 'a decision owned by the body it lies with',
                fixed: 'section 1 { "Final approval of each neighbourhood plan lies with the planning committee."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { words: 'approval' } }]
            },
            {
                code: 'section 1 { "The regulator, not the tenants, decides which homes are repaired first." }',
                name: 'a negation inside an aside does not negate the statement',
                fixed: 'section 1 { "The regulator, not the tenants, decides which homes are repaired first."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the regulator', words: 'decides' } }]
            },
            {
                code: 'section 1 { "The board, which is appointed by the mayor, decides each bid." }',
                name: 'a relative clause between the subject and its verb',
                fixed: 'section 1 { "The board, which is appointed by the mayor, decides each bid."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the board', words: 'decides' } }]
            },
            {
                code: 'section 1 { "At least annually, HUD will review each grantee to determine whether it has met the conditions." }',
                name: 'a body named by an abbreviation, deciding in the purpose of its act',
                fixed: 'section 1 { "At least annually, HUD will review each grantee to determine whether it has met the conditions."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'HUD', words: 'determine' } }]
            },
            {
                code: 'section 1 { "The combined authority is responsible for deciding how the budget is spent." }',
                name: 'the act a body is made responsible for',
                fixed: 'section 1 { "The combined authority is responsible for deciding how the budget is spent."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the combined authority', words: 'deciding' } }]
            },
            {
                code: 'section 1 { "The council may hold a referendum on the proposal but is not bound by its result." }',
                name: 'a vote the institution is not bound by',
                fixed: 'section 1 { "The council may hold a referendum on the proposal but is not bound by its result."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'not-bound', data: { actor: 'the council' } }]
            },
            {
                code: 'section 1 { "Each grant is awarded by the Agency under criteria it publishes." }',
                name: 'a body named as a proper name after a determiner',
                fixed: 'section 1 { "Each grant is awarded by the Agency under criteria it publishes."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the Agency' } }]
            },
            {
                code: 'section 1 { "The authority\'s decision to impose a charge is final." }',
                name: 'the holder of a decision named as a possessive',
                fixed: 'section 1 { "The authority\'s decision to impose a charge is final."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the authority' } }]
            },
            {
                code: 'section 1 { "Appointments to the local board are to be made by the health board." }',
                name: 'a decision noun as subject, made by a body',
                fixed: 'section 1 { "Appointments to the local board are to be made by the health board."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the health board', words: 'Appointments' } }]
            },
            {
                code: 'section 1 { "The ruling of the tribunal is binding on the parties." }',
                name: 'a body whose ruling binds',
                fixed: 'section 1 { "The ruling of the tribunal is binding on the parties."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision' }]
            },
            {
                code: 'section 1 { "The functions of the board are— (a) to approve the annual budget; (b) to set the priorities for spending." }',
                name: 'the holder of the functions named after of',
                fixed: 'section 1 { "The functions of the board are— (a) to approve the annual budget; (b) to set the priorities for spending."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the board', words: 'approve' } }]
            },
            {
                code: 'section 1 { "The scheme must be submitted to the Secretary of State for approval." }',
                name: 'a decision noun after for names who holds it',
                fixed: 'section 1 { "The scheme must be submitted to the Secretary of State for approval."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the Secretary of State', words: 'approval' } }]
            },
            {
                code: 'section 1 { "The authority may refuse a request if it considers that the request is vexatious." }',
                name: 'the authority\'s own view is the test',
                fixed: 'section 1 { "The authority may refuse a request if it considers that the request is vexatious."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'discretion', data: { actor: 'the authority' } }]
            },
            {
                code: 'section 1 { "The Administrator shall allocate funds among eligible bodies in accordance with a formula established by the Administrator." }',
                name: 'the one who fixes the formula money is shared by',
                fixed: 'section 1 { "The Administrator shall allocate funds among eligible bodies in accordance with a formula established by the Administrator."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the Administrator', words: 'established' } }]
            },
            {
                code: 'section 1 { "The Secretary of State reserves the right to appoint a sponsor of the Secretary of State\'s own choice." }',
                name: 'keeping the right to decide',
                fixed: 'section 1 { "The Secretary of State reserves the right to appoint a sponsor of the Secretary of State\'s own choice."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the Secretary of State' } }]
            },
            {
                code: 'section 1 { "The authority shall— (a) prepare a draft scheme; (b) publish it for consultation; and (c) after considering any comments received, approve the scheme." }',
                name: 'a list item whose verb follows an opening aside',
                fixed: 'section 1 { "The authority shall— (a) prepare a draft scheme; (b) publish it for consultation; and (c) after considering any comments received, approve the scheme."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the authority', words: 'approve' } }]
            },
            {
                code: 'section 1 { "The council decides, having heard from residents, whether the park is sold." }',
                fixed: 'section 1 { "The council decides, having heard from residents, whether the park is sold."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'decision', data: { actor: 'the council', words: 'decides' } }]
            },
            {
                code: 'section 1 { "The council must consult residents before deciding whether to sell the park." }',
                fixed: 'section 1 { "The council must consult residents before deciding whether to sell the park."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'consultation', data: { actor: 'the council', words: 'consult' } }]
            },
            {
                code: 'section 1 { "The council is responsible for meeting the targets set out in the plan." }',
                fixed: 'section 1 { "The council is responsible for meeting the targets set out in the plan."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'targets', data: { actor: 'the council' } }]
            },
            {
                code: 'section 1 { "Each school district shall ensure that not less than 90 percent of pupils read at the expected level by the end of the 2028 school year." }',
                fixed: 'section 1 { "Each school district shall ensure that not less than 90 percent of pupils read at the expected level by the end of the 2028 school year."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a percentage a body must ensure, said after "ensure that"',
                findings: [{ messageId: 'targets', data: { actor: 'each school district' } }]
            },
            {
                code: 'section 1 { "The housing authority must achieve a 98 per cent rent collection rate." }',
                fixed: 'section 1 { "The housing authority must achieve a 98 per cent rent collection rate."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a percentage a body must achieve',
                findings: [{ messageId: 'targets', data: { actor: 'the housing authority' } }]
            },
            {
                code: 'section 1 { "The council meets its duty to involve tenants by holding one open meeting a year." }',
                fixed: 'section 1 { "The council meets its duty to involve tenants by holding one open meeting a year."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a duty to involve counted as met by holding a meeting',
                findings: [{ messageId: 'participation-as-output', data: { actor: 'the council', words: 'involve' } }]
            },
            {
                code: 'section 1 { "The council may approve the scheme notwithstanding any objection made by the parish council." }',
                fixed: 'section 1 { "The council may approve the scheme notwithstanding any objection made by the parish council."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'an objection set aside by "notwithstanding" binds no one',
                findings: [{ messageId: 'decision', data: { actor: 'the council', words: 'approve' } }]
            },
            {
                code: 'section 1 { "The Secretary of State may vary the allocations which residents have voted for." }',
                fixed: 'section 1 { "The Secretary of State may vary the allocations which residents have voted for."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a power to vary what residents voted for overrides their vote',
                findings: [{ messageId: 'decision', data: { actor: 'the Secretary of State', words: 'vary' } }]
            },
            {
                code: 'section 1 { "The council may grant permission despite the objections of the forum." }',
                fixed: 'section 1 { "The council may grant permission despite the objections of the forum."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'granting permission is a decision, not funding',
                findings: [{ messageId: 'decision', data: { actor: 'the council', words: 'grant' } }]
            },
            {
                code: 'section 1 { "The housing authority must formulate and publish a homelessness strategy for its district." }',
                fixed: 'section 1 { "The housing authority must formulate and publish a homelessness strategy for its district."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a body drawing up its own strategy decides what it says',
                findings: [{ messageId: 'decision', data: { actor: 'the housing authority', words: 'formulate' } }]
            },
            {
                code: 'section 1 { "A local authority must prepare a community engagement strategy setting out the ways in which residents may make their views known before a decision is taken." }',
                fixed: 'section 1 { "A local authority must prepare a community engagement strategy setting out the ways in which residents may make their views known before a decision is taken."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a decision taken after people give views is not theirs',
                findings: [{ messageId: 'consultation', data: { actor: 'a local authority' } }]
            },
            {
                code: 'section 1 { "A local authority must provide opportunities for residents to contribute to the decision-making processes of the authority." }',
                fixed: 'section 1 { "A local authority must provide opportunities for residents to contribute to the decision-making processes of the authority."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'people who only contribute to the authority\'s decision-making',
                findings: [{ messageId: 'decision', data: { actor: 'the authority', words: 'decision-making' } }]
            },
            {
                code: 'section 1 { "The municipality must report on the key performance indicators prescribed by the Minister." }',
                fixed: 'section 1 { "The municipality must report on the key performance indicators prescribed by the Minister."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a report against measures a minister imposes',
                findings: [{ messageId: 'decision', data: { actor: 'the Minister', words: 'prescribed' } }]
            },
            {
                code: 'section 1 { "A best value authority must make arrangements to secure continuous improvement in the way its functions are exercised." }',
                fixed: 'section 1 { "A best value authority must make arrangements to secure continuous improvement in the way its functions are exercised."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'arrangements a body makes for itself decide how it works',
                findings: [{ messageId: 'decision', data: { actor: 'a best value authority', words: 'make arrangements' } }]
            },
            {
                code: 'section 1 { "In preparing the plan, the council must give the public an opportunity to make representations." }',
                fixed: 'section 1 { "In preparing the plan, the council must give the public an opportunity to make representations."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'people invited only to make representations',
                findings: [{ messageId: 'consultation', data: { actor: 'the council' } }]
            },
            {
                code: 'section 1 { "Where an application is made to a local planning authority, they may grant planning permission subject to such conditions as they think fit." }',
                fixed: 'section 1 { "Where an application is made to a local planning authority, they may grant planning permission subject to such conditions as they think fit."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a pronoun stands for the party named before it, not for the application',
                findings: [{ messageId: 'discretion', data: { actor: 'the local planning authority' } }]
            },
            {
                code: 'section 1 { "Where the residents\' ballot rejects the scheme, the authority may nonetheless proceed with it if it considers it to be in the public interest." }',
                fixed: 'section 1 { "Where the residents\' ballot rejects the scheme, the authority may nonetheless proceed with it if it considers it to be in the public interest."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a power to override a ballot on the authority\'s own judgement',
                findings: [{ messageId: 'discretion', data: { actor: 'the authority' } }]
            },
            {
                code: 'section 1 { "It is for the health board, and not for the community, to determine the location of the new clinic." }',
                fixed: 'section 1 { "It is for the health board, and not for the community, to determine the location of the new clinic."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a negation that sets another party aside',
                findings: [{ messageId: 'decision', data: { actor: 'the health board', words: 'determine' } }]
            },
            {
                code: 'section 1 { "The citizens\' assembly will make recommendations, which the Minister will consider before deciding." }',
                fixed: 'section 1 { "The citizens\' assembly will make recommendations, which the Minister will consider before deciding."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'an aside says who decides on the recommendations',
                findings: [{ messageId: 'voice-only', data: { actor: 'the Minister' } }]
            },
            {
                code: 'section 1 { "The fund is run by the Department, which alone decides which bids are funded." }',
                fixed: 'section 1 { "The fund is run by the Department, which alone decides which bids are funded."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a relative clause after a comma says who decides',
                findings: [{ messageId: 'decision', data: { actor: 'the Department' } }]
            },
            {
                code: 'section 1 { "It falls to the directorate to fix the standards that providers must meet." }',
                fixed: 'section 1 { "It falls to the directorate to fix the standards that providers must meet."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: '"It falls to" names who acts',
                findings: [{ messageId: 'targets', data: { actor: 'the directorate', words: 'fix' } }]
            },
            {
                code: 'section 1 { "The design of the service, which the commissioning body shall approve, must draw on what residents say." }',
                fixed: 'section 1 { "The design of the service, which the commissioning body shall approve, must draw on what residents say."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'an approval in an aside',
                findings: [{ messageId: 'decision', data: { actor: 'the commissioning body', words: 'approve' } }]
            },
            {
                code: 'section 1 { "The Secretary of State may by regulations make provision about neighbourhood plans." }',
                fixed: 'section 1 { "The Secretary of State may by regulations make provision about neighbourhood plans."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'rule-making', data: { actor: 'the Secretary of State' } }]
            },
            {
                code: 'section 1 { "The council may take such steps as it considers appropriate." }',
                fixed: 'section 1 { "The council may take such steps as it considers appropriate."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'discretion', data: { actor: 'the council', words: 'as it considers appropriate' } }]
            },
            {
                code: 'section 1 { "Residents may make representations, and the decision rests with the council." }',
                fixed: 'section 1 { "Residents may make representations, and the decision rests with the council."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'voice-only', data: { words: 'make representations' } }]
            },
            {
                code: 'section 1 { "Each school must adopt the framework, subject to such local variations as may be agreed in writing by the chief executive." }',
                fixed: 'section 1 { "Each school must adopt the framework, subject to such local variations as may be agreed in writing by the chief executive."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'an agent after a manner phrase (agreed in writing by)',
                findings: [{ messageId: 'decision', data: { actor: 'the chief executive', words: 'agreed' } }]
            },
            {
                code: 'section 1 { "Condition 3 is that the local authority is satisfied that the adult is capable of managing direct payments." }',
                fixed: 'section 1 { "Condition 3 is that the local authority is satisfied that the adult is capable of managing direct payments."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'the body\'s own satisfaction is the test',
                findings: [{ messageId: 'discretion', data: { actor: 'the local authority', words: 'is satisfied that' } }]
            },
            {
                code: 'section 1 { "The board must establish a reference group, whose members are to be appointed by the chair of the board." }',
                fixed: 'section 1 { "The board must establish a reference group, whose members are to be appointed by the chair of the board."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'the chair acts for the board it chairs',
                findings: [{ messageId: 'decision', data: { words: 'appointed' } }]
            },
            {
                code: 'section 1 { "The water undertaker may carry out such works, at such times, as it thinks fit." }',
                fixed: 'section 1 { "The water undertaker may carry out such works, at such times, as it thinks fit."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'an undertaker is the company a statute charges with a utility',
                findings: [{ messageId: 'discretion', data: { actor: 'the water undertaker' } }]
            },
            {
                code: 'section 1 { "The strategy must describe the households to which it applies, and the Secretary of State must take such steps as are in the Secretary of State\'s opinion necessary to carry it out." }',
                fixed: 'section 1 { "The strategy must describe the households to which it applies, and the Secretary of State must take such steps as are in the Secretary of State\'s opinion necessary to carry it out."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'it never stands for the households',
                findings: [{ messageId: 'discretion', data: { actor: 'the Secretary of State' } }]
            },
            {
                code: 'section 1 { "A community request to use the land is to be granted if, in the opinion of the planning officer, the use is compatible with the area." }',
                fixed: 'section 1 { "A community request to use the land is to be granted if, in the opinion of the planning officer, the use is compatible with the area."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'the party named after in the opinion of may have its own modifiers',
                findings: [{ messageId: 'discretion', data: { words: 'in the opinion of' } }]
            },
            {
                code: 'section 1 { "The outcome of the tenants\' ballot will be taken into account by the board in reaching its decision." }',
                fixed: 'section 1 { "The outcome of the tenants\' ballot will be taken into account by the board in reaching its decision."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a ballot only taken into account by the board',
                findings: [{ messageId: 'decision', data: { actor: 'the board' } }]
            },
            {
                code: 'section 1 { "The company\'s performance will be assessed by the board by reference to the number of homes started." }',
                fixed: 'section 1 { "The company\'s performance will be assessed by the board by reference to the number of homes started."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a verdict on performance is a decision',
                findings: [{ messageId: 'decision', data: { actor: 'the board', words: 'assessed' } }]
            },
            {
                code: 'section 1 { "Grants are to be awarded by the Director of Public Health, having regard to the recommendations of the residents\' panel." }',
                fixed: 'section 1 { "Grants are to be awarded by the Director of Public Health, having regard to the recommendations of the residents\' panel."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'the agent of a passive award chooses who gets the money',
                findings: [{ messageId: 'decision', data: { actor: 'the Director of Public Health', words: 'awarded' } }]
            },
            {
                code: 'section 1 { "Places shall be allocated in accordance with the eligibility criteria of the Department." }',
                fixed: 'section 1 { "Places shall be allocated in accordance with the eligibility criteria of the Department."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'criteria a body owns decide who receives',
                findings: [{ messageId: 'decision', data: { actor: 'the Department', words: 'eligibility criteria' } }]
            },
            {
                code: 'section 1 { "No tenant-led scheme may proceed unless the housing association\'s asset manager has certified that the works represent value for money." }',
                fixed: 'section 1 { "No tenant-led scheme may proceed unless the housing association\'s asset manager has certified that the works represent value for money."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'someone a body calls its own acts for it',
                findings: [{ messageId: 'decision', data: { actor: 'the housing association', words: 'certified' } }]
            },
            {
                code: 'section 1 { "If an agency determines that it is not feasible to express the goals in an objective, quantifiable, and measurable form, the Director of the Office of Management and Budget may authorize an alternative form." }',
                fixed: 'section 1 { "If an agency determines that it is not feasible to express the goals in an objective, quantifiable, and measurable form, the Director of the Office of Management and Budget may authorize an alternative form."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a name with and in it is not a list',
                findings: [{ messageId: 'decision', data: { words: 'authorize' } }]
            },
            {
                code: 'section 1 { "Whether the threshold for a review is met must be decided by the relevant bodies." }',
                fixed: 'section 1 { "Whether the threshold for a review is met must be decided by the relevant bodies."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'a plural role name',
                findings: [{ messageId: 'decision', data: { actor: 'the relevant bodies', words: 'decided' } }]
            },
            {
                code: 'section 1 { "Before making any decision about a child, a local authority must ascertain the wishes and feelings of the child and the child\'s parents." }',
                fixed: 'section 1 { "Before making any decision about a child, a local authority must ascertain the wishes and feelings of the child and the child\'s parents."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'ascertaining wishes is seeking views',
                findings: [{ messageId: 'consultation', data: { actor: 'a local authority' } }]
            },
            {
                code: 'section 1 { "A parent forum may submit proposals for changes to the offer, and the local authority must respond to each proposal in writing." }',
                fixed: 'section 1 { "A parent forum may submit proposals for changes to the offer, and the local authority must respond to each proposal in writing."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                name: 'people only propose while the authority answers',
                findings: [{ messageId: 'voice-only', data: { words: 'submit proposals' } }]
            },
            {
                code: 'section 1 { "The council is not bound to follow the recommendations of the forum." }',
                fixed: 'section 1 { "The council is not bound to follow the recommendations of the forum."\nparticipation SharedDecision { participants forum level collaborate decided by forum } }',
                findings: [{ messageId: 'not-bound', data: { actor: 'the council' } }]
            }
        ]
    });
});

describe('community/consult-only', () => {
    testRule(ruleById('community/consult-only'), {
        valid: [
            { code: 'section 1 { participation Plan { level collaborate matter "giving residents a real say over the plan" decided by council, forum } }', name: 'a share in the decision' },
            { code: 'section 1 { participation Plan { level consult matter "the draft plan" decided by council } }', name: 'consultation described as consultation' },
            { code: 'section 1 { "The council must consult residents on the draft plan." }', name: 'a clause that promises no power' }
        ],
        invalid: [
            {
                code: 'section 1 { participation HaveYourSay { level consult matter "giving residents a real say over the plan" decided by council } }',
                fixed: 'section 1 { participation HaveYourSay { level collaborate matter "giving residents a real say over the plan" decided by council } }',
                findings: [{ messageId: 'level', data: { name: 'HaveYourSay', level: 'consult' }, text: 'consult' }]
            },
            {
                code: 'section 1 { participation News { level inform matter "giving residents a real say over the plan" decided by council } }',
                findings: [{ messageId: 'level', data: { level: 'inform' } }]
            },
            {
                code: 'section 1 { "Communities will have their say through consultation on the draft plan." }',
                findings: [{ messageId: 'promise', data: { claim: 'have their say', offer: 'consultation' } }]
            }
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
                findings: [{ messageId: 'fund', data: { name: 'Improvement', holders: 'the Secretary of State and the department' }, text: 'Improvement' }]
            },
            {
                code: 'section 1 { budget B { amount GBP 1m devolved to council decided by council accountable council } }',
                fixed: 'section 1 { budget B { amount GBP 1m devolved to council decided by council accountable council\n  decided by forum via participatory-budgeting } }',
                findings: [{ messageId: 'budget', data: { name: 'B', holders: 'the council' } }]
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
                fixed: 'section 1 { power Directions { holder minister action "give directions"\n  consent forum } }', findings: [{ messageId: 'unchecked', data: { name: 'Directions', holders: 'the Secretary of State' }, text: 'Directions' }] },
            { code: 'section 1 { power Rules { holder treasury regulations negative consults forum } }',
                fixed: 'section 1 { power Rules { holder treasury regulations negative consults forum\n  consent forum } }', findings: [{ messageId: 'consulted-only', data: { consulted: 'the neighbourhood forum' } }] },
            { code: 'section 1 { power Rules { holder department consent council } }',
                fixed: 'section 1 { power Rules { holder department consent council\n  consent forum } }', findings: [{ messageId: 'unchecked' }] }
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
                fixed: 'section 1 { budget B { decided by council via co-production } }', findings: [{ messageId: 'tender', text: 'competitive-tender' }] },
            { code: 'section 1 { fund F { distribution via competitive-tender to contractor } }',
                fixed: 'section 1 { fund F { distribution via co-production to contractor } }', findings: [{ messageId: 'tender', text: 'competitive-tender' }] },
            { code: 'section 1 { "Projects shall be delivered by a delivery partner appointed by competitive tender." }', findings: [{ messageId: 'contractor', data: { words: 'delivery partner appointed' }, text: 'delivery partner appointed' }] },
            { code: 'section 1 { participation P { method competitive-tender decided by council } }',
                fixed: 'section 1 { participation P { method co-production decided by council } }', findings: [{ messageId: 'tender' }] }
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
                fixed: 'section 1 { right RightToBid { holder [community body] duty-bearer council\n  appeal "to the First-tier Tribunal, against a refusal or a failure to decide in time" } }', findings: [{ messageId: 'no-remedy', data: { name: 'RightToBid', holders: 'the community body' }, text: 'RightToBid' }] }
        ]
    });
});
