import { describe } from 'vitest';
import { ruleById, testRule } from '../rule-tester.js';

describe('drafting/shall', () => {
    testRule(ruleById('drafting/shall'), {
        valid: [
            'section 1 { (1) "The [council] must publish a plan." (2) "The fund is called the Local Fund." (3) "The [forum] may consult [residents]." }',
            { code: 'section 1 { (1) "The [council] must consult the Marshall Trust." }', name: 'a word containing "shall"' },
            { code: 'section 1 { in "section 3" of "Localism Act 2011" for "may" substitute "shall" }', name: 'words of another Act quoted by an amendment' }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "The [council] shall publish a plan." }',
                findings: [{ messageId: 'duty', data: { words: 'shall', subject: 'the council' }, text: 'shall' }],
                fixed: 'section 1 { (1) "The [council] must publish a plan." }'
            },
            {
                code: 'section 1 { (1) "The [minister] SHALL publish a plan." }',
                findings: [{ messageId: 'duty', data: { words: 'SHALL', subject: 'the Secretary of State' }, text: 'SHALL' }],
                fixed: 'section 1 { (1) "The [minister] MUST publish a plan." }'
            },
            {
                code: 'section 1 { (1) "The [council] shall not dispose of the land." }',
                findings: [{ messageId: 'prohibition', data: { subject: 'the council' }, text: 'shall not' }],
                fixed: 'section 1 { (1) "The [council] must not dispose of the land." }'
            },
            {
                code: 'section 1 { (1) "The [minister] shall have power to make regulations." }',
                findings: [{ messageId: 'power', data: { words: 'shall have power to' }, text: 'shall have power to' }],
                fixed: 'section 1 { (1) "The [minister] may make regulations." }'
            },
            {
                code: 'section 1 { (1) "A notice shall be deemed served on the day it is posted." }',
                findings: [{ messageId: 'deeming', data: { form: 'is to be treated as' }, text: 'shall be deemed' }],
                fixed: 'section 1 { (1) "A notice is to be treated as served on the day it is posted." }'
            },
            {
                code: 'section 1 { (1) "The members shall be entitled to vote." }',
                findings: [{ messageId: 'entitlement', data: { subject: 'the members' }, text: 'shall be entitled to' }],
                fixed: 'section 1 { (1) "The members are entitled to vote." }'
            },
            // Ambiguous readings get advice and no fix.
            { code: 'section 1 { (1) "The fund shall be called the Local Fund." }', findings: [{ messageId: 'declaratory', data: { subject: 'the fund', form: 'is called' }, text: 'shall be' }] },
            { code: 'section 1 { (1) "Notice shall be given to the [forum]." }', findings: [{ messageId: 'passive' }] },
            { code: 'section 1 { (1) "This Act shall come into force on 1 April 2027." }', findings: [{ messageId: 'fact', data: { subject: 'this Act' } }] },
            { code: 'section 1 { (1) "No person shall enter the land." }', findings: [{ messageId: 'negative-subject' }] },
            { code: 'section 1 { (1) "The land shall not be sold." }', findings: [{ messageId: 'prohibition-unnamed', text: 'shall not' }] },
            { code: 'section 1 { (1) "A notice shall be deemed to have been given." }', findings: [{ messageId: 'deeming-rephrase' }] },
            {
                code: 'section 1 { (1) "The [council] (the \\"authority\\") shall publish a plan." }',
                findings: [{ messageId: 'duty', text: 'shall' }],
                fixed: 'section 1 { (1) "The [council] (the \\"authority\\") must publish a plan." }'
            },
            {
                code: 'section 1 { (1) """The [council] shall publish a plan. The [forum] shall not veto it.""" }',
                findings: [{ messageId: 'duty', data: { subject: 'the council' }, text: 'shall' }, { messageId: 'prohibition', data: { subject: 'the neighbourhood forum' }, text: 'shall not' }],
                fixed: 'section 1 { (1) """The [council] must publish a plan. The [forum] must not veto it.""" }'
            }
        ]
    });
});

describe('drafting/gendered-pronoun', () => {
    testRule(ruleById('drafting/gendered-pronoun'), {
        valid: [
            'section 1 { (1) "The [minister] must give reasons for the decision." }',
            { code: 'section 1 { (1) "Her Majesty\'s Treasury must publish the figures." (2) "His Majesty\'s Government must respond." }', name: 'titles' },
            { code: 'section 1 { (1) "The [council] must support a woman who is pregnant and her partner." }', name: 'about a particular woman' },
            { code: 'section 1 { (1) "The [council] must consult the shepherd and the hermit." }', name: 'pronouns inside other words' }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "The [minister] must give reasons for his decision." }',
                findings: [{ messageId: 'possessive', data: { words: 'his', holder: 'the Secretary of State', gender: 'a man' }, text: 'his' }],
                fixed: 'section 1 { (1) "The [minister] must give reasons for their decision." }'
            },
            {
                code: 'section 1 { (1) "The [minister] may approve a plan, and he may attach conditions to it." }',
                findings: [{ messageId: 'subject', data: { words: 'he', holder: 'the Secretary of State', gender: 'a man' }, text: 'he' }]
            },
            {
                code: 'section 1 { (1) "The chair must record the decision, and he or she must publish it." }',
                findings: [{ messageId: 'paired', data: { words: 'he or she' }, text: 'he or she' }],
                fixed: 'section 1 { (1) "The chair must record the decision, and they must publish it." }'
            },
            {
                code: 'section 1 { (1) "The [council] must notify him or her in writing." (2) "The [minister] may act himself." }',
                findings: [{ messageId: 'paired', data: { words: 'him or her' }, text: 'him or her' }, { messageId: 'reflexive', data: { words: 'himself', gender: 'a man' }, text: 'himself' }],
                fixed: 'section 1 { (1) "The [council] must notify them in writing." (2) "The [minister] may act themselves." }'
            },
            {
                code: 'section 1 { (1) "The [council] must consult her before deciding, and the decision is his." }',
                findings: [{ messageId: 'her', data: { holder: 'the council' }, text: 'her' }, { messageId: 'possessive', text: 'his' }]
            },
            {
                code: 'section 1 { (1) "If he or she is absent, His deputy acts." }',
                findings: [{ messageId: 'paired', text: 'he or she' }, { messageId: 'possessive-unnamed', data: { words: 'His', gender: 'a man' }, text: 'His' }],
                fixed: 'section 1 { (1) "If he or she is absent, Their deputy acts." }'
            },
            { code: 'section 1 { (1) "If he is absent, the deputy acts." }', findings: [{ messageId: 'subject-unnamed', data: { words: 'he', gender: 'a man' }, text: 'he' }] },
            {
                code: 'section 1 { (1) "The [minister] may delegate the power, and the deputy may advise him." }',
                findings: [{ messageId: 'object', data: { holder: 'the Secretary of State', gender: 'a man' }, text: 'him' }]
            },
            { code: 'section 1 { (1) "A notice may be sent to him at the office." }', findings: [{ messageId: 'object-unnamed', text: 'him' }] },
            { code: 'section 1 { (1) "A notice may be sent to her at the office." }', findings: [{ messageId: 'her-unnamed', text: 'her' }] },
            {
                code: 'section 1 { (1) "The [minister] may approve the plan, and the decision is hers." }',
                findings: [{ messageId: 'hers', data: { holder: 'the Secretary of State' }, text: 'hers' }]
            }
        ]
    });
});

describe('drafting/long-sentence', () => {
    testRule(ruleById('drafting/long-sentence'), {
        // 12 words is the longest sentence of the standard example draft itself.
        options: { maxWords: 12 },
        valid: [
            'section 1 { (1) "The [council] must publish a plan." }',
            { code: 'section 1 { (1) "The [council] must— (a) consult the [forum]; (b) publish a plan; and (c) report each year." }', name: 'a list is read one limb at a time' },
            { code: 'section 1 { (1) "The [council] must—" { (a) "consult the [forum];" (b) "publish a plan." } }', name: 'a structured list, limb by limb' },
            { code: 'section 1 { (1) "The [council] must publish a plan. It must consult the [forum] first." }', name: 'two short sentences' }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "The [council] must publish a plan for the whole area every single year." }',
                findings: [{ messageId: 'sentence', data: { count: '13', maxWords: '12' }, text: 'The [council] must publish a plan for the whole area every single year.' }]
            },
            {
                code: 'section 1 { (1) "The [council] must— (a) consult the [forum]; and (b) publish a plan for every neighbourhood in its area each year." }',
                findings: [{ messageId: 'item', data: { marker: '(b)', count: '14', maxWords: '12' } }]
            },
            {
                code: 'section 1 { (1) "The [council] must—" { (a) "consult the [forum];" (b) "publish a plan for every neighbourhood in its area each year." } }',
                findings: [{ messageId: 'this-item', data: { count: '14', maxWords: '12' }, text: 'publish a plan for every neighbourhood in its area each year.' }]
            }
        ]
    });
    testRule(ruleById('drafting/long-sentence'), {
        valid: ['section 1 { (1) "The [council] must publish a plan for the area every year, after consulting the [forum] and [residents]." }'],
        invalid: [{
            code: `section 1 { (1) "${'The [council] must publish a plan and consult the [forum] on it. '.replace('. ', ', ').repeat(6)}and that is all." }`,
            findings: [{ messageId: 'sentence', data: { count: '76', maxWords: '60' } }]
        }]
    });
});

describe('drafting/passive-duty', () => {
    testRule(ruleById('drafting/passive-duty'), {
        valid: [
            'section 1 { (1) "The [council] must prepare a plan." }',
            { code: 'section 1 { (1) "The plan must be approved by the [forum]." }', name: 'the agent is named' },
            { code: 'section 1 { (1) "The [council] must be satisfied that the plan is adequate." }', name: 'a state, not an act' },
            { code: 'section 1 { (1) "The fund is to be known as the Local Fund." }', name: 'a name, not a duty' },
            { code: 'section 1 { (1) "The [forum] is to be treated as a community body." }', name: 'a deeming provision' },
            { code: 'section 1 { (1) "Regulations may not be made unless a draft has been approved by the [forum]." }', name: '"may not" takes away a power' },
            { code: 'section 1 { (1) "A plan may be prepared at any time." }', name: 'a power, not a duty' }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "A plan must be prepared for each neighbourhood." }',
                findings: [{ messageId: 'no-one-acts', data: { words: 'A plan must be prepared', modal: 'must', verb: 'prepare' }, text: 'A plan must be prepared' }]
            },
            {
                code: 'section 1 { (1) "Notice shall be given to the [forum]." }',
                findings: [{ messageId: 'no-one-acts', data: { modal: 'must' }, text: 'Notice shall be given' }]
            },
            {
                code: 'section 1 { (1) "The accounts must not be published before they are audited." }',
                findings: [{ messageId: 'no-one-acts', data: { modal: 'must not', verb: 'publish' }, text: 'The accounts must not be published' }]
            },
            {
                code: 'section 1 { (1) "The [council] must be consulted on the plan." }',
                findings: [{ messageId: 'acted-on', data: { words: 'The council must be consulted', subject: 'the council', verb: 'consult' }, text: 'The [council] must be consulted' }]
            },
            { code: 'section 1 { (1) "The plan must be promulgated." }', findings: [{ messageId: 'no-one-acts-verb-unknown', data: { words: 'The plan must be promulgated' } }] },
            { code: 'section 1 { (1) "The [council] must be indemnified." }', findings: [{ messageId: 'acted-on-verb-unknown', data: { subject: 'the council' } }] },
            {
                code: 'section 1 { (1) "The endowment is to be invested for the long term." }',
                findings: [{ messageId: 'no-one-acts', data: { verb: 'invest' }, text: 'The endowment is to be invested' }]
            }
        ]
    });
});

describe('drafting/dangling-cross-reference', () => {
    testRule(ruleById('drafting/dangling-cross-reference'), {
        valid: [
            'section 1 { (1) "The [council] must publish a plan." (2) "A plan under subsection (1) must be reviewed under section 2." }\nsection 2 { "The [council] must review each plan." }',
            { code: 'section 1 { (1) "Section 5 of the Localism Act 2011 applies, and so does Schedule 2 to that Act." }', name: 'other legislation' },
            { code: 'section 1 { (1) "The Localism Act 2011, section 12, applies." }', name: 'other legislation named first' },
            { code: 'section 1 { (1) "The [council] must publish a plan, as [section 1] requires." }', name: 'a bracketed reference is the language\'s to check' },
            { code: 'section 1 { (1) "The [council] must— (a) consult the [forum]; and (b) publish the results of the consultation under paragraph (a)." }', name: 'an item of a list in the same prose' },
            { code: 'section 1 { (1) "A plan under paragraph (a) is enough." { (a) "a plan for the area" } }', name: 'a nested paragraph of the same subsection' },
            { code: 'schedule 1 { paragraph 1 { "The forum meets as paragraph 2 provides." } paragraph 2 { "It meets monthly." } }', name: 'a paragraph of the same schedule' },
            { code: 'section 1 { "Paragraph 2 of Schedule 1 applies." }\nschedule 1 { paragraph 2 { "It meets monthly." } }', name: 'a paragraph of a named schedule' }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "The [council] must publish a plan, as set out in section 12." }',
                findings: [{ messageId: 'no-such-provision', data: { citation: 'section 12' }, text: 'section 12' }]
            },
            {
                code: 'section 1 { (1) "The [council] must publish a plan." (2) "A plan under subsection (3) must be reviewed." }',
                findings: [{ messageId: 'no-such-provision', data: { citation: 'subsection (3)' }, text: 'subsection (3)' }]
            },
            {
                code: 'section 1 { (1) "The [forum] is constituted under Schedule 2, and paragraph 4 applies to it." }',
                findings: [{ messageId: 'no-such-provision', data: { citation: 'Schedule 2' }, text: 'Schedule 2' }, { messageId: 'no-such-provision', data: { citation: 'paragraph 4' }, text: 'paragraph 4' }]
            },
            {
                code: 'section 1 { (1) "The [council] must act under section 1(4) of this Act." }',
                findings: [{ messageId: 'no-such-provision', data: { citation: 'section 1(4)' }, text: 'section 1(4)' }]
            }
        ]
    });
});

describe('drafting/undefined-term', () => {
    testRule(ruleById('drafting/undefined-term'), {
        valid: [
            { code: 'section 1 { "relevant service" means "a service provided to the public" (1) "In this section \\"relevant service\\" has the meaning given above." (2) "Each [relevant service] must be listed by the [council]." }', name: 'declared as a definition' },
            { code: 'section 1 { (1) "The [forum] (\\"the forum\\") must meet monthly." }', name: 'a label the draft declares as an actor' },
            { code: 'section 1 { (1) "This Act may be cited as the \\"Example Act\\"." }', name: 'a quotation that defines nothing' },
            { code: 'section 1 { (1) "The [council]\'s plan and the [forum]\'s plan must agree." }', name: 'apostrophes are not quotation marks' }
        ],
        invalid: [
            {
                code: 'section 1 { (1) "In this section \\"relevant service\\" means a service provided to the public." }',
                findings: [{ messageId: 'defined-in-passing', data: { term: 'relevant service' }, text: '\\"relevant service\\"' }]
            },
            {
                code: 'section 1 { (1) "The [council] must fund any community group (a “qualifying group”) that asks." }',
                findings: [{ messageId: 'defined-in-passing', data: { term: 'qualifying group' }, text: '“qualifying group”' }]
            },
            {
                code: 'section 1 { (1) """The [council] must keep a fund ("the Fund") and “grant” includes a loan.""" }',
                findings: [{ messageId: 'defined-in-passing', data: { term: 'the Fund' }, text: '"the Fund"' }, { messageId: 'defined-in-passing', data: { term: 'grant' }, text: '“grant”' }]
            },
            {
                code: 'section 1 { (1) "In this Part ‘local plan’ has the meaning given by section 1." }',
                findings: [{ messageId: 'defined-in-passing', data: { term: 'local plan' }, text: '‘local plan’' }]
            }
        ]
    });
});
