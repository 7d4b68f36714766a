// The snippets the extension ships (snippets/commons.json, written by build.mjs): the whole
// provisions the language server also offers (one source, @commons/language-server), and the
// structure of a draft around them.
import { provisionSnippets } from '@commons/language-server';

const STRUCTURE = {
    'Act': {
        prefix: 'act',
        description: 'A new Act: title, status, purpose, ethos, and a first part and section.',
        body: [
            'act "${1:Community Power Act 2027}" {',
            '\tstatus ${2|draft,consultation,introduced,enacted|}',
            '\tpurpose "${3:An Act to give communities rights, money and a real say over the places and services they depend on.}"',
            '\tethos "${4:Communities know their places best; public bodies work with them as equal partners.}"',
            '',
            '\tpart 1 "${5:Community rights}" {',
            '\t\tsection 1 "${6:Title}" {',
            '\t\t\t(1) "${7:The words of the section.}"',
            '\t\t}',
            '\t}',
            '}'
        ]
    },
    'Section': {
        prefix: 'section',
        description: 'A numbered section with its first subsection.',
        body: ['section ${1:1} "${2:Title}" {', '\t(1) "${3:The words of the subsection.}"', '}']
    },
    'Clause with a list': {
        prefix: 'clause-list',
        description: 'A subsection that leads into a list of paragraphs: (2) "... must—" { (a) ... (b) ... }',
        body: ['(${1:2}) "${2:The council must—}" {', '\t(a) "${3:first},"', '\t(b) "${4:second}."', '}']
    },
    'Definition': {
        prefix: 'means',
        description: 'A defined term: "term" means "...".',
        body: ['"${1:community body}" means "${2:a body run by and for people who live in the area}"']
    },
    'Actor': {
        prefix: 'actor',
        description: 'Someone who can hold rights, duties, powers or money, with a kind the checks reason about.',
        body: ['actor ${1:forum}: ${2|neighbourhood-forum,community-body,parish-council,town-council,residents,local-authority,combined-authority,minister,department,treasury,regulator,commissioner,public-service-provider,private-contractor,tribunal,court,parliament,independent-body,advisory-body,landowner|} "${3:a neighbourhood forum}"']
    },
    'Waiver': {
        prefix: 'commons-ignore',
        description: 'Set a rule aside for the next element, with the reason for the audit trail.',
        body: ['// commons-ignore ${1:rule/id} -- ${2:the reason}']
    }
};

/** The snippets file, in VS Code's format (snippet bodies as lines, tabs for indentation). */
export function snippetsFile() {
    const file = { ...STRUCTURE };
    for (const snippet of provisionSnippets()) {
        file[snippet.label] = { prefix: snippet.keyword, description: snippet.description, body: snippet.body.split('\n') };
    }
    return file;
}
