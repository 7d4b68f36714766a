/**
 * What each Commons keyword means, in plain words for policy writers. Shown on hover and beside
 * keyword completions. A keyword that means different things in different places (`by`, `to`,
 * `level`) carries a note per place, keyed by the kind of element it appears in.
 *
 * Every keyword of the grammar has an entry; a test checks this, so a new keyword cannot ship
 * without an explanation.
 */
export interface KeywordHelp {
    /** One or two sentences: what the word does in a draft. */
    summary: string;
    /** A short line of Commons showing it in use. */
    example?: string;
    /** Meanings that depend on where the word is written, by element type ("Budget", "Power"). */
    inContext?: Readonly<Record<string, string>>;
}

type Table = Readonly<Record<string, KeywordHelp>>;

const INSTRUMENTS: Table = {
    act: { summary: 'An Act: a law made by a legislature. Use it for a draft meant to become statute.', example: 'act "Community Power Act 2027" { ... }' },
    bill: { summary: 'A Bill: a proposed Act while it is going through a legislature.', example: 'bill "Local Democracy Bill" { ... }' },
    policy: { summary: 'A policy: what a public body commits to do, without the force of law.', example: 'policy "Neighbourhood Budgets Policy" { ... }' },
    programme: { summary: 'A programme: a planned set of activities and spending, such as a fund or a pilot.', example: 'programme "Community Wealth Fund Pilot" { ... }' },
    amendment: { summary: 'An amending instrument: a draft whose main job is to change the words of an existing Act.', example: 'amendment "Localism (Community Rights) Amendment" { ... }' },
    definitions: { summary: 'A file of shared definitions and actors. Drafts bring it in with import and can then use its terms.', example: 'definitions "Shared terms" { ... }' },
    import: { summary: 'Brings in another Commons file, so this draft can refer to its actors, defined terms and provisions.', example: 'import "./definitions.commons"' }
};

const METADATA: Table = {
    'short-title': { summary: 'The name the Act is usually cited by.', example: 'short-title "Community Power Act 2027"' },
    year: {
        summary: 'The year of the instrument.',
        example: 'year 2027',
        inContext: {
            Amount: 'A unit of time: one year. "per year" means the amount is paid every year.',
            Allocation: 'A unit of time: one year. "per year" means the sum is allocated every year.',
            Duration: 'A unit of time: one year.'
        }
    },
    extent: { summary: 'The places the instrument applies to.', example: 'extent England, Wales' },
    status: { summary: 'Where the draft is in its life: draft, consultation, introduced or enacted.', example: 'status consultation' },
    draft: { summary: 'Status: still being written and not yet shared for comment.' },
    consultation: { summary: 'Status: published for people to comment on before it is finalised.' },
    introduced: { summary: 'Status: formally introduced to the legislature or decision-making body.' },
    enacted: { summary: 'Status: passed and in law (or adopted, for a policy).' },
    sponsor: { summary: 'Who is responsible for the draft: a minister, a member, a council or a campaign.', example: 'sponsor "Cllr A. Example"' },
    version: { summary: 'Your own label for this version of the draft.', example: 'version "0.4"' },
    amends: { summary: 'The Act this instrument changes.', example: 'amends "Localism Act 2011"' },
    purpose: { summary: 'What the instrument is for, in a sentence (for a Bill, its long title).', example: 'purpose "An Act to give communities rights over the places they depend on."' },
    'long-title': { summary: 'The formal description of what a Bill is for. Means the same as purpose.', example: 'long-title "A Bill to make provision about community rights; and for connected purposes."' },
    ethos: {
        summary: 'The shared purpose the instrument serves: the values communities, professionals and practice can gather around. '
            + 'The four-shift checks look for it (from metrics to ethos).',
        example: 'ethos "Communities know their places best; public bodies work with them as equal partners."'
    }
};

const STRUCTURE: Table = {
    part: {
        summary: 'A Part: a group of sections on one theme, numbered Part 1, Part 2 and so on.',
        example: 'part 1 "Community rights" { ... }',
        inContext: { SchedulePart: 'A Part of a schedule, grouping some of its paragraphs.' }
    },
    chapter: { summary: 'A Chapter: a group of sections within a Part.', example: 'chapter 1 "Assets of community value" { ... }' },
    heading: { summary: 'A cross-heading: a title over a group of sections or paragraphs, without a number of its own.', example: 'heading "Appeals" { ... }' },
    section: { summary: 'A section: the basic numbered unit of an Act, holding clauses and provisions.', example: 'section 1 "Community right to buy" { ... }' },
    article: { summary: 'An article: the basic numbered unit in instruments numbered by article (EU regulations, many constitutions and codes).', example: 'article 5 "Partnership" { ... }' },
    schedule: { summary: 'A schedule: detail placed at the end of an Act, numbered Schedule 1, Schedule 2 and so on.', example: 'schedule 1 "The Community Wealth Fund" { ... }' },
    paragraph: { summary: 'A paragraph of a schedule: its basic numbered unit.', example: 'paragraph 1 "Trustees" { ... }' }
};

const DECLARATIONS: Table = {
    actor: {
        summary: 'Declares a person or body that can hold rights, duties, powers or money, with a kind the checks reason about.',
        example: 'actor council: local-authority "the relevant local authority"'
    },
    means: { summary: 'Starts an exhaustive definition: the term means exactly this and nothing else.', example: '"community body" means "a body controlled by people who live in the area"' },
    includes: { summary: 'Starts an extensive definition: the term includes this, as well as its ordinary meaning.', example: '"land" includes "buildings and other structures"' }
};

const ACTOR_KINDS: Table = {
    'community-body': { summary: 'Actor kind: a body residents form and control, such as a community group, trust or co-operative. The checks count it as the community.' },
    'neighbourhood-forum': { summary: 'Actor kind: a forum of people who live or work in a neighbourhood. The checks count it as the community.' },
    'parish-council': { summary: 'Actor kind: the most local tier of elected government in England. The checks count it as the community.' },
    'town-council': { summary: 'Actor kind: a parish council for a town. The checks count it as the community.' },
    residents: { summary: 'Actor kind: the people who live in the area, acting together. The checks count them as the community.' },
    'local-authority': { summary: 'Actor kind: a council or other local government body. The checks count it as an institution.' },
    'combined-authority': { summary: 'Actor kind: a body formed by several councils to act across a city-region. The checks count it as an institution.' },
    minister: { summary: 'Actor kind: a government minister, such as the Secretary of State. The checks count it as central government.' },
    department: { summary: 'Actor kind: a government department. The checks count it as central government.' },
    treasury: { summary: 'Actor kind: the finance ministry. The checks count it as central government.' },
    regulator: { summary: 'Actor kind: a body that regulates a sector. The checks count it as oversight, which protects rights rather than holding decisions.' },
    commissioner: { summary: 'Actor kind: an independent office-holder who investigates and reports. The checks count it as oversight.' },
    'public-service-provider': { summary: 'Actor kind: a body that provides a public service, such as an NHS trust or a school. The checks count it as an institution.' },
    'private-contractor': { summary: 'Actor kind: a company paid to deliver a service. The checks count it as the market.' },
    tribunal: { summary: 'Actor kind: a tribunal that hears appeals. The checks count it as oversight.' },
    court: { summary: 'Actor kind: a court. The checks count it as oversight.' },
    parliament: { summary: 'Actor kind: the legislature. The checks count it as an institution.' },
    'independent-body': { summary: 'Actor kind: a body independent of government and of the community, such as a charity or foundation.' },
    'advisory-body': { summary: 'Actor kind: a body that gives advice but does not decide.' },
    landowner: { summary: 'Actor kind: someone who owns land or buildings the draft deals with.' }
};

const RIGHTS_DUTIES_POWERS: Table = {
    right: {
        summary: 'A right: something its holder can claim or do, which others must respect. Name the holder, what it is over, '
            + 'who owes it, a time limit, and how to appeal and enforce it.',
        example: 'right RightToBuy { holder [community body] duty-bearer council time-limit 6 months appeal to tribunal }'
    },
    holder: {
        summary: 'Who holds the right or power.',
        inContext: { Right: 'Who holds the right: the people or bodies who can use it.', Power: 'Who holds the power: the people or bodies who may use it.' }
    },
    subject: { summary: 'What the right is over, for example an asset of community value.', example: 'subject "an asset of community value offered for sale"' },
    entitlement: { summary: 'What the holder is entitled to, in plain words.', example: 'entitlement "to buy the asset before it is offered to anyone else"' },
    'duty-bearer': { summary: 'Who must respect or give effect to the right.', example: 'duty-bearer council' },
    'time-limit': { summary: 'How long the duty-bearer has to act on the right.', example: 'time-limit 6 months' },
    appeal: { summary: 'Where the holder can appeal a decision about the right: to a named body, with a description.', example: 'appeal to tribunal "against a refusal"' },
    enforcement: { summary: 'How the right is enforced when it is not respected, and by whom.', example: 'enforcement to commissioner "investigation and a notice"' },
    duty: {
        summary: 'A duty: something a person or body must do. Name who bears it, the action, a deadline and who it is owed to.',
        example: 'duty ListAssets { bearer council action "list each nominated asset" deadline within 8 weeks towards [community body] }'
    },
    bearer: { summary: 'Who carries the duty.', example: 'bearer council' },
    action: {
        summary: 'What is to be done, in plain words.',
        inContext: { Duty: 'What the duty requires, in plain words.', Power: 'What the power allows its holder to do, in plain words.' }
    },
    deadline: { summary: 'When the duty must be done: within a period, or on a date.', example: 'deadline within 8 weeks' },
    towards: { summary: 'Who the duty is owed to: the people or bodies who benefit from it.', example: 'towards [community body], residents' },
    power: {
        summary: 'A power: something a person or body may do but need not. Name who holds it, what it allows, and the checks on it: '
            + 'how regulations are approved, whose consent is needed, who is consulted.',
        example: 'power SetFormula { holder minister action "set the funding formula" regulations affirmative consent forum }'
    },
    regulations: {
        summary: 'Regulations: rules a minister makes under an Act.',
        inContext: {
            Power: 'How regulations made under the power are approved by Parliament: affirmative, negative, made-affirmative or no-procedure.',
            Commencement: 'by regulations: the provision comes into force on a day a minister sets in regulations.'
        }
    },
    affirmative: { summary: 'Parliamentary procedure: the regulations take effect only if both Houses approve them. The strongest scrutiny.' },
    negative: { summary: 'Parliamentary procedure: the regulations take effect unless either House objects. Weaker scrutiny than affirmative.' },
    'made-affirmative': { summary: 'Parliamentary procedure: the regulations take effect at once but lapse unless approved within a set time.' },
    'no-procedure': { summary: 'No parliamentary procedure: the regulations take effect without any vote. The weakest check on a power.' },
    consent: { summary: 'Who must agree before the power is used. Requiring a community\'s consent is a strong local check.', example: 'consent forum' },
    consults: { summary: 'Who must be consulted before the power is used. Being consulted means being heard, not deciding.', example: 'consults residents' }
};

const PARTICIPATION: Table = {
    participation: {
        summary: 'A participation provision: how people take part in a decision, at what level (inform up to community-control), '
            + 'by what method, and who finally decides.',
        example: 'participation Priorities { participants residents level community-control method citizens-assembly decided by forum }'
    },
    participants: { summary: 'Who takes part.', example: 'participants residents, [community body]' },
    level: {
        summary: 'How much power participants have, or the level of place a budget serves.',
        inContext: {
            Participation: 'How much power participants have, from least to most: inform, consult, involve, collaborate, delegate, community-control.',
            Budget: 'The level of place the budget serves: neighbourhood, ward, parish, town, district, county, city-region, region, nation or national.'
        }
    },
    method: { summary: 'How the decision is made, for example participatory-budgeting or citizens-assembly.', example: 'method participatory-budgeting' },
    matter: { summary: 'What the decision is about, in plain words.', example: 'matter "how the neighbourhood budget is spent"' },
    decided: { summary: 'decided by: who makes the final decision. The four-shift checks look for decisions held by the community.', example: 'decided by forum' },
    inform: { summary: 'Participation level: people are told what has been decided. They have no say (the lowest rung).' },
    consult: { summary: 'Participation level: people are asked for their views, but the institution decides. Arnstein counts this as tokenism.' },
    involve: { summary: 'Participation level: people work with the institution throughout, but the institution still decides.' },
    collaborate: { summary: 'Participation level: the decision is shared: people and the institution decide together as partners.' },
    delegate: { summary: 'Participation level: the decision is handed to people, within limits the institution sets.' },
    'community-control': { summary: 'Participation level: the community decides and controls (Arnstein\'s citizen control, the top rung).' },
    'participatory-budgeting': { summary: 'Decision method: residents propose and vote on how public money is spent.' },
    'citizens-assembly': { summary: 'Decision method: a group of residents chosen by lot to reflect the population learns, deliberates and recommends or decides.' },
    'citizens-jury': { summary: 'Decision method: a small group chosen by lot hears evidence on a question and gives a verdict.' },
    'deliberative-poll': { summary: 'Decision method: a random sample is polled before and after informed discussion.' },
    'community-panel': { summary: 'Decision method: a standing panel of residents that meets to decide or advise.' },
    'community-ballot': { summary: 'Decision method: a vote open to everyone in the area.' },
    'co-production': { summary: 'Decision method: people who use a service and the people who provide it design and deliver it together.' },
    'grant-panel': { summary: 'Decision method: a panel that assesses applications and awards grants.' },
    formula: { summary: 'Decision method: money shared out by a fixed formula rather than by anyone\'s judgement.' },
    'competitive-tender': { summary: 'Decision method: bidders compete for a contract. The checks read this as a market decision.' },
    'officer-decision': { summary: 'Decision method: a council or agency officer decides. The checks read this as an institution deciding.' },
    'ministerial-decision': { summary: 'Decision method: a minister decides. The checks read this as central government deciding.' }
};

const MONEY: Table = {
    budget: {
        summary: 'A budget: money for a purpose, with its amount, where it comes from, who it is devolved to, who decides how it is spent, '
            + 'and how success is judged.',
        example: 'budget NeighbourhoodBudget { amount GBP 250000 per year for 10 years devolved to forum decided by forum via participatory-budgeting }'
    },
    amount: { summary: 'How much money, in a currency code and figure, with how often and for how long.', example: 'amount GBP 250000 per year for 10 years' },
    from: { summary: 'Where the money comes from.', example: 'from treasury' },
    devolved: { summary: 'devolved to: who receives and controls the money.', example: 'devolved to forum' },
    place: { summary: 'The place the money is for, in words.', example: 'place "each neighbourhood area designated under section 7"' },
    condition: { summary: 'A condition attached to the money. Fewer, simpler conditions leave more room for local judgement.', example: 'condition "spent for the benefit of the neighbourhood"' },
    accountable: { summary: 'Who the budget or fund answers to. Accountability to people locally is what the fourth shift asks for.', example: 'accountable residents' },
    allocate: { summary: 'Sets aside a sum, or a share of the total, for a recipient.', example: 'allocate 40% to forum "for small grants"' },
    per: { summary: 'How often: "per year" means every year.', example: 'amount GBP 1m per year' },
    for: {
        summary: 'For how long, or (in an amendment) the words being replaced.',
        inContext: {
            Amount: 'For how long the money is paid: for 10 years.',
            AmendmentOperation: 'for "old words" substitute "new words": the words being replaced.'
        }
    },
    fund: {
        summary: 'A fund: a pot or endowment of money, with where it comes from, how it is governed and how it is given out.',
        example: 'fund CommunityWealthFund { source "dormant assets" endowment GBP 2bn governed by [community body] }'
    },
    source: { summary: 'Where the fund\'s money comes from: a named body or a description, with an amount.', example: 'source "dormant assets" GBP 2bn' },
    endowment: { summary: 'The capital sum the fund holds.', example: 'endowment GBP 2bn' },
    governed: { summary: 'governed by: who governs the fund.', example: 'governed by [community body]' },
    governance: { summary: 'How the fund is governed, in words.', example: 'governance "a board on which community members are the majority"' },
    distribution: { summary: 'How the fund\'s money is given out: by what method and to whom.', example: 'distribution via participatory-budgeting to forum' },
    via: { summary: 'The method used to decide or give out the money, for example participatory-budgeting.', example: 'decided by forum via participatory-budgeting' }
};

const PLACE_LEVELS: Table = {
    neighbourhood: { summary: 'Place level: a neighbourhood, the most local scale.' },
    ward: { summary: 'Place level: an electoral ward.' },
    parish: { summary: 'Place level: a parish.' },
    town: { summary: 'Place level: a town.' },
    district: { summary: 'Place level: a district.' },
    county: { summary: 'Place level: a county.' },
    'city-region': { summary: 'Place level: a city-region covered by a combined authority.' },
    region: { summary: 'Place level: a region.' },
    nation: { summary: 'Place level: one nation of the United Kingdom, such as Wales.' },
    national: { summary: 'Place level: the whole country, decided and run centrally.' }
};

const MEASURES: Table = {
    measure: {
        summary: 'A measure of success: an outcome, an output or a metric, with the evidence that will show it, the period it is judged over, '
            + 'and who defines it.',
        example: 'measure outcome "Residents say they can influence decisions" evidence qualitative over 10 years defined by forum'
    },
    outcome: { summary: 'Measure kind: a change that matters in people\'s lives. Judging by outcomes is the third shift.' },
    output: { summary: 'Measure kind: a count of activity, such as sessions held or leaflets sent. Outputs alone say little about what changed.' },
    metric: { summary: 'Measure kind: a number tracked over time. Metrics alone are what the second shift moves away from.' },
    evidence: {
        summary: 'What kind of evidence will show success: qualitative, quantitative or mixed.',
        inContext: { Evaluation: 'The kind of evidence the evaluation gathers: qualitative, quantitative or mixed.' }
    },
    qualitative: { summary: 'Evidence from people\'s own accounts: interviews, stories, observation.' },
    quantitative: { summary: 'Evidence in numbers: counts, surveys, statistics.' },
    mixed: { summary: 'Evidence in both words and numbers.' },
    over: { summary: 'The period the measure is judged over. Long horizons suit outcomes, which take time to show.', example: 'over 10 years' },
    defined: { summary: 'defined by: who decides what success looks like. Communities defining their own measures is part of moving from metrics to ethos.', example: 'defined by forum' },
    target: { summary: 'A target figure for the measure. Central targets on their own are what the second shift moves away from.', example: 'target "80% of residents by 2030"' },
    evaluation: {
        summary: 'An evaluation: how often the provision is looked at for what it achieves, by whom, with what evidence, and who the learning is shared with.',
        example: 'evaluation { every 2 years by forum evidence mixed shared with residents }'
    },
    every: {
        summary: 'How often: every 2 years.',
        inContext: { Evaluation: 'How often the evaluation happens: every 2 years.', Review: 'The provision is reviewed repeatedly, once every period.' }
    },
    learning: { summary: 'What the evaluation is meant to learn, in words.', example: 'learning "what helps residents take part"' },
    shared: { summary: 'shared with: who the findings are shared with.', example: 'shared with residents' },
    with: { summary: 'shared with: who the findings are shared with.' }
};

const LIFECYCLE: Table = {
    commencement: { summary: 'When the instrument or provision comes into force: on a date, after a period, or by regulations.', example: 'commencement after 2 months' },
    sunset: { summary: 'When the provision stops having effect unless it is renewed: on a date or after a period.', example: 'sunset after 10 years' },
    review: { summary: 'A review of how the provision is working: after a period, or every period, by named reviewers.', example: 'review every 5 years by forum' },
    on: { summary: 'On a date, written year-month-day: on 2027-04-01.' },
    after: {
        summary: 'After a period: after 2 years.',
        inContext: { AmendmentOperation: 'after "words" insert "new words": the new words go straight after these words.' }
    },
    before: { summary: 'before "words" insert "new words": the new words go straight before these words.' },
    within: { summary: 'Within a period: within 8 weeks.' }
};

const AMENDMENTS: Table = {
    in: { summary: 'in "section 95(6)": the provision of the other Act that is being changed.', example: 'in "section 95(6)" of "Localism Act 2011" for "six weeks" substitute "six months"' },
    of: { summary: 'of "Localism Act 2011": the Act being changed.' },
    substitute: { summary: 'The new words that replace the old ones.', example: 'for "six weeks" substitute "six months"' },
    insert: { summary: 'Words to add to the other Act.', example: 'after "community interest group" insert "or parish council"' },
    omit: { summary: 'Words to remove from the other Act.', example: 'omit "or the Secretary of State"' }
};

const LINKING_WORDS: Table = {
    to: {
        summary: 'Names who something goes to: appeal to, devolved to, allocate to.',
        inContext: {
            Remedy: 'The body that hears the appeal or enforces the right: appeal to tribunal.',
            Budget: 'devolved to: who receives and controls the money.',
            Allocation: 'Who the allocated money goes to: a declared body, or a description in quotes.',
            Distribution: 'Who the fund\'s money goes to.'
        }
    },
    by: {
        summary: 'Names who acts: decided by, governed by, defined by.',
        inContext: {
            Participation: 'decided by: who makes the final decision.',
            Budget: 'decided by: who decides how the money is spent.',
            Fund: 'governed by or decided by: who governs the fund, or who decides how it is spent.',
            Measure: 'defined by: who decides what success looks like.',
            Evaluation: 'Who carries out the evaluation.',
            Review: 'Who carries out the review.',
            Commencement: 'by regulations: the provision comes into force on a day a minister sets in regulations.'
        }
    }
};

export const KEYWORD_HELP: Table = {
    ...INSTRUMENTS, ...METADATA, ...STRUCTURE, ...DECLARATIONS, ...ACTOR_KINDS, ...RIGHTS_DUTIES_POWERS,
    ...PARTICIPATION, ...MONEY, ...PLACE_LEVELS, ...MEASURES, ...LIFECYCLE, ...AMENDMENTS, ...LINKING_WORDS
};

/** The explanation of a keyword where it is written, or undefined for punctuation. */
export function keywordHelp(keyword: string, containerType?: string): { text: string; example?: string } | undefined {
    const help = KEYWORD_HELP[keyword];
    if (!help) return undefined;
    const text = (containerType && help.inContext?.[containerType]) ?? help.summary;
    return { text, example: help.example };
}
