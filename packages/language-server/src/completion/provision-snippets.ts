import { isActor, isDefinition, sideOf, type CommonsScopeProvider, type CommonsServices } from '@commons/language';
import type { LangiumDocument } from 'langium';
import { referenceText } from '../syntax/reference-text.js';

/** A whole provision the writer can insert and then fill in, tab by tab. */
export interface ProvisionSnippet {
    /** The keyword the snippet is offered with. */
    keyword: string;
    label: string;
    /** What the provision is for, in a line. */
    description: string;
    /** LSP snippet text (tab stops ${1:...}, choices ${1|a,b|}); \t is one level of indentation. */
    body: string;
}

/** Names the snippet fills in as first guesses, taken from what the draft declares. */
export interface PartyGuesses {
    community: string;
    institution: string;
    oversight: string;
    central: string;
}

const CONTROL_METHODS = 'participatory-budgeting,citizens-assembly,community-panel,community-ballot,co-production,grant-panel';
const LEVELS = 'community-control,delegate,collaborate,involve,consult,inform';
const EVIDENCE = 'qualitative,mixed,quantitative';
const PROCEDURES = 'affirmative,made-affirmative,negative,no-procedure';

/** Guesses for a draft that declares no parties yet: the names the README's examples use. */
export const DEFAULT_PARTY_GUESSES: Readonly<PartyGuesses> = { community: '[community body]', institution: 'council', oversight: 'tribunal', central: 'minister' };

/**
 * Snippets for the provisions the checks read most closely. Their first guesses lean the way the
 * four shifts do (the community holds the right, decides the budget, defines success). The
 * language server fills in parties the draft declares (partyGuesses); the editor extension's
 * static snippets use the defaults.
 */
export function provisionSnippets(p: Readonly<PartyGuesses> = DEFAULT_PARTY_GUESSES): ProvisionSnippet[] {
    return [
        {
            keyword: 'right', label: 'right (whole provision)',
            description: 'A right with its holder, what it is over, who owes it, a time limit and an appeal.',
            body: [
                'right ${1:RightName} {',
                `\tholder \${2:${p.community}}`,
                '\tsubject "${3:what the right is over}"',
                '\tentitlement "${4:what the holder may do}"',
                `\tduty-bearer \${5:${p.institution}}`,
                '\ttime-limit ${6:6 months}',
                `\tappeal to \${7:${p.oversight}} "\${8:against a refusal or a failure to act in time}"`,
                '}'
            ].join('\n')
        },
        {
            keyword: 'budget', label: 'budget (devolved budget)',
            description: 'A budget devolved to a community body, which decides how it is spent and defines success.',
            body: [
                'budget ${1:NeighbourhoodBudget} {',
                '\tamount ${2:GBP} ${3:250000} per year for ${4:10} years',
                `\tfrom \${5:${p.institution}}`,
                `\tdevolved to \${6:${p.community}}`,
                `\tdecided by \${6:${p.community}} via \${7|${CONTROL_METHODS}|}`,
                '\taccountable ${8:residents}',
                '\tmeasure outcome "${9:what will be better in people\'s lives}"',
                `\t\tevidence \${10|${EVIDENCE}|} over \${11:10} years defined by \${6:${p.community}}`,
                '}'
            ].join('\n')
        },
        {
            keyword: 'measure', label: 'measure (outcome)',
            description: 'An outcome measure judged over the long term, defined by the community.',
            body: `measure outcome "\${1:what will be better in people's lives}" evidence \${2|${EVIDENCE}|} over \${3:5} years defined by \${4:${p.community}}`
        },
        {
            keyword: 'participation', label: 'participation (whole provision)',
            description: 'Who takes part in a decision, at what level, by what method, and who decides.',
            body: [
                'participation ${1:Name} {',
                '\tparticipants ${2:residents}',
                `\tlevel \${3|${LEVELS}|}`,
                `\tmethod \${4|${CONTROL_METHODS}|}`,
                '\tmatter "${5:what is being decided}"',
                `\tdecided by \${6:${p.community}}`,
                '}'
            ].join('\n')
        },
        {
            keyword: 'duty', label: 'duty (whole provision)',
            description: 'A duty with who bears it, what it requires, a deadline and who it is owed to.',
            body: [
                'duty ${1:Name} {',
                `\tbearer \${2:${p.institution}}`,
                '\taction "${3:what must be done}"',
                '\tdeadline within ${4:8 weeks}',
                `\ttowards \${5:${p.community}}`,
                '}'
            ].join('\n')
        },
        {
            keyword: 'power', label: 'power (whole provision)',
            description: 'A power with who holds it, what it allows, and the checks on it.',
            body: [
                'power ${1:Name} {',
                `\tholder \${2:${p.central}}`,
                '\taction "${3:what the power allows}"',
                `\tregulations \${4|${PROCEDURES}|}`,
                `\tconsent \${5:${p.community}}`,
                '}'
            ].join('\n')
        }
    ];
}

/** The draft's own parties for each slot: its first community body, institution, watchdog and minister. */
export function partyGuesses(services: CommonsServices, document: LangiumDocument): PartyGuesses {
    const guesses: PartyGuesses = { ...DEFAULT_PARTY_GUESSES };
    const taken = new Set<keyof PartyGuesses>();
    const symbols = (services.references.ScopeProvider as CommonsScopeProvider).getSymbolTable(document);
    for (const description of symbols.values()) {
        const node = description.node;
        if (!isActor(node) && !isDefinition(node)) continue;
        const side = sideOf(node);
        const slot: keyof PartyGuesses | undefined = isActor(node) && ['minister', 'department', 'treasury'].includes(node.kind) ? 'central'
            : side === 'community' ? 'community' : side === 'institution' ? 'institution' : side === 'oversight' ? 'oversight' : undefined;
        if (!slot || taken.has(slot)) continue;
        taken.add(slot);
        guesses[slot] = snippetText(referenceText(node.name, services.Grammar));
    }
    return guesses;
}

/** Escapes text for use inside a snippet placeholder. */
function snippetText(text: string): string {
    return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}
