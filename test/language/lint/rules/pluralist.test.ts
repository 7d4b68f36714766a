import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('pluralist/uniform-model', () => {
    testRule(ruleById('pluralist/uniform-model'), {
        valid: [
            {
                code: 'section 1 { (1) "Nothing in this Act requires a single model of neighbourhood assembly to be used everywhere; each community is expected to design arrangements that suit its people, place and circumstances." }',
                name: 'uniformity refused'
            },
            { code: 'section 1 { (1) "No standard template is to be imposed on any area." }', name: 'a standard template refused' },
            { code: 'section 1 { (1) "The [council] must publish a report for every area." }', name: 'reach alone imposes nothing' },
            { code: 'section 1 { (1) "This duty applies to the [forum] in the same way as it applies to the [council]." }', name: '"in the same way" is ordinary legal English' },
            { code: 'section 1 { (1) "Each area may use the standard model or design its own arrangements to suit local circumstances." }', name: 'local variation expected in the same clause' },
            { code: 'section 1 { (1) "The [council] must submit a plan in the form specified by the Secretary of State." }', name: 'a centrally specified form is another rule\'s' }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "One standard model of neighbourhood support is to be rolled out in every area." }',
                findings: [{ messageId: 'one-model', data: { phrases: '"One standard model", "rolled out", "in every area"' }, text: 'One standard model of neighbourhood support is to be rolled out in every area' }]
            },
            {
                code: 'section 1 { (1) "Each [council] must run the same scheme in all areas, using the national template." }',
                findings: [{ messageId: 'one-model', data: { phrases: '"the same scheme", "all areas", "national template"' }, text: 'the same scheme in all areas, using the national template' }]
            },
            // The single model outweighs the local variation it allows.
            {
                code: 'section 1 { (1) "A national template is to be rolled out across the country, with some local variation." }',
                findings: [{ messageId: 'one-model', text: 'national template is to be rolled out across the country' }]
            },
            {
                code: 'section 1 { (1) "The [forum] decides its own priorities. Support is to be scaled up nationwide." }',
                findings: [{ messageId: 'one-model', data: { phrases: '"scaled up", "nationwide"' }, text: 'scaled up nationwide' }]
            },
            {
                code: 'section 1 { (1) """Every [council] must adopt the blueprint."""}',
                findings: [{ messageId: 'one-model', data: { phrases: '"blueprint"' }, text: 'blueprint' }]
            }
        ]
    });
});

describe('pluralist/centrally-specified-form', () => {
    testRule(ruleById('pluralist/centrally-specified-form'), {
        valid: [
            { code: 'section 1 { (1) "The [forum] must publish its plan in the form the forum decides." }', name: 'the community decides the form' },
            { code: 'section 1 { (1) "Each [council] must submit a plan in the form specified by the [forum]." }', name: 'specified by a community body' },
            { code: 'section 1 { (1) "The [council] must publish the plan in such manner as the [forum] may decide." }', name: 'the manner is the community body\'s choice' },
            { code: 'section 1 { (1) "The [forum] must keep accounts as the [council] may direct." }', name: 'a local authority is not central government' },
            {
                code: 'section 1 { (1) "Nothing in this section requires a plan to be in the form specified by the Secretary of State." }',
                name: 'refused'
            }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "Each [council] must submit a plan in the form specified by the Secretary of State." }',
                findings: [{ messageId: 'central-form', data: { words: 'in the form specified by the Secretary of State', specifier: 'the Secretary of State' }, text: 'in the form specified by the Secretary of State' }]
            },
            {
                code: 'section 1 { (1) "The [council] must publish its plan in such form as the [minister] may specify." }',
                findings: [{ messageId: 'central-form', data: { specifier: 'the Secretary of State' }, text: 'in such form as the [minister] may specify' }]
            },
            {
                code: 'section 1 { (1) "The [council] must report on its spending as the Secretary of State may direct, within 3 months." }',
                findings: [{ messageId: 'central-form', text: 'as the Secretary of State may direct' }]
            },
            {
                code: 'section 1 { (1) "Each [council] must keep a register as directed by the [department] under this section." }',
                findings: [{ messageId: 'central-form', data: { specifier: 'the department' }, text: 'as directed by the [department]' }]
            },
            {
                code: 'section 1 { (1) "An application must be made in the prescribed form." }',
                findings: [{ messageId: 'central-form', data: { specifier: 'regulations made by a minister' }, text: 'in the prescribed form' }]
            },
            {
                code: 'section 1 { (1) "The [council] must keep the list of assets in such form as may be prescribed." }',
                findings: [{ messageId: 'central-form', data: { specifier: 'regulations made by a minister' }, text: 'in such form as may be prescribed' }]
            },
            {
                code: 'section 1 { (1) "The form in which the list is to be kept is to be prescribed by the Secretary of State in regulations." }',
                findings: [{ messageId: 'central-form', data: { specifier: 'the Secretary of State' }, text: 'form in which the list is to be kept' }]
            },
            {
                code: 'section 1 { (1) "Claims must be made in the form approved by HM Treasury." }',
                findings: [{ messageId: 'central-form', data: { specifier: 'HM Treasury' }, text: 'in the form approved by HM Treasury' }]
            }
        ]
    });
});
