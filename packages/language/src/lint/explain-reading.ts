import type { ClauseReading, StatementReading } from './clause-reading.js';
import type { Judgement } from './judgements.js';
import type { ActKind, FoundBy, Rung } from './roles.js';

/**
 * What Commons read in a clause, in plain words for drafters: who acts, the kind of act, the
 * modal, the community's part, and the four-shift verdicts. `commons explain` prints the text
 * form and the language server's clause hover shows the Markdown form; both come from
 * `explainReading`, so they say the same thing. Pure: no I/O, so it also runs in a browser worker.
 * It says only what the reading carries: a field the reader left empty is not shown.
 */

/** One fact about a statement: "Who acts" and "the council (a public body, the subject)". */
export interface ReadingFact {
    readonly label: string;
    readonly value: string;
}

export interface ExplainedStatement {
    /** The statement's own words (reference brackets and trailing commas dropped). */
    readonly text: string;
    readonly facts: readonly ReadingFact[];
}

export interface ReadingExplanation {
    readonly statements: readonly ExplainedStatement[];
    /** A sentence per four-shift verdict that fired, or one sentence saying none did (with the reason, when the reading shows it). */
    readonly verdicts: readonly string[];
}

/** The rule that reports each verdict, for `commons rules <id>`. */
export const VERDICT_RULES: Readonly<Record<keyof ClauseReading['verdicts'], string>> = {
    institutionLed: 'community/institution-decides',
    consultationAsPower: 'community/consult-only',
    metricsOnly: 'ethos/metrics-only-success',
    outputFocused: 'outcomes/output-counting'
};

/** The reading of a clause as statements and facts in plain words. */
export function explainReading(reading: ClauseReading): ReadingExplanation {
    return {
        statements: reading.statements.map((statement) => ({ text: trimStatement(statement.text), facts: factsOf(reading, statement) })),
        verdicts: verdictSentences(reading)
    };
}

/**
 * The reading as plain text lines for a terminal: a line per statement, its facts indented
 * under it, then the verdicts. `indent` goes before every line.
 */
export function readingAsText(reading: ClauseReading, indent = ''): string[] {
    const explained = explainReading(reading);
    const lines: string[] = [];
    if (explained.statements.length === 0) lines.push(`${indent}${NO_STATEMENT}`);
    for (const statement of explained.statements) {
        lines.push(`${indent}Statement: "${statement.text}"`);
        for (const fact of statement.facts) lines.push(`${indent}  ${fact.label}: ${fact.value}`);
    }
    for (const verdict of explained.verdicts) lines.push(`${indent}${verdict}`);
    return lines;
}

export interface MarkdownOptions {
    /** A bold first line, such as "How Commons reads section 3(2)". */
    readonly title?: string;
    /** Show at most this many statements (a hover must stay short); the rest are counted. Default: all. */
    readonly maxStatements?: number;
    /** Shorten each quoted statement to about this many characters. Default: no limit. */
    readonly quoteLimit?: number;
}

/** The reading as Markdown, for a hover: the same words as `readingAsText`, with the drafter's own words escaped. */
export function readingAsMarkdown(reading: ClauseReading, options: MarkdownOptions = {}): string {
    const explained = explainReading(reading);
    const blocks: string[] = [];
    if (options.title) blocks.push(`**${escape(options.title)}**`);
    if (explained.statements.length === 0) blocks.push(NO_STATEMENT);
    const shown = explained.statements.slice(0, options.maxStatements ?? explained.statements.length);
    for (const statement of shown) {
        const quoted = options.quoteLimit ? shorten(statement.text, options.quoteLimit) : statement.text;
        blocks.push([`Statement: **"${escape(quoted)}"**`, ...statement.facts.map((fact) => `- ${fact.label}: ${escape(fact.value)}`)].join('\n'));
    }
    const hidden = explained.statements.length - shown.length;
    if (hidden > 0) blocks.push(`…and ${hidden} more ${hidden === 1 ? 'statement' : 'statements'} (run commons explain for them all).`);
    blocks.push(...explained.verdicts.map(escape));
    return blocks.join('\n\n');
}

const NO_STATEMENT = 'Commons found no statement to read in these words (no one is said to act).';

function factsOf(reading: ClauseReading, statement: StatementReading): ReadingFact[] {
    const facts: ReadingFact[] = [{ label: 'Who acts', value: whoActs(statement) }];
    facts.push({ label: 'Kind of act', value: `${ACT_WORDS[statement.act] ?? statement.act}${statement.actWords ? ` ("${tidy(statement.actWords)}")` : ''}` });
    if (statement.veto) facts.push({ label: 'Veto', value: 'this act stops or overrides someone else\'s decision' });
    facts.push({ label: 'Modal', value: statement.modal ? `${tidy(statement.modal.words)} (${MODAL_WORDS[statement.modal.kind] ?? statement.modal.kind})` : 'none (a plain statement)' });
    if (statement.negation) {
        facts.push({
            label: 'Negation',
            value: `"${tidy(statement.negation.words)}" ${statement.negation.governs === 'obligation' ? 'takes away only the duty: the act may still happen' : 'rules out the act itself'}`
        });
    }
    if (statement.rung) facts.push({ label: 'Community\'s part', value: RUNG_WORDS[statement.rung] ?? statement.rung });
    if (statement.condition) {
        const word = conditionWord(reading, statement);
        facts.push({ label: 'Condition', value: `inside a condition or qualifying clause${word ? ` (after "${word}")` : ''}, which limits the rest of the sentence` });
    }
    return facts;
}

const SIDE_WORDS: Readonly<Record<StatementReading['actor']['side'], string>> = {
    institution: 'a public body',
    community: 'the community side',
    other: 'neither a public body nor the community',
    mixed: 'more than one side together',
    none: ''
};

const FOUND_BY_WORDS: Readonly<Record<FoundBy, string>> = {
    subject: 'the subject',
    agent: 'named after "by"',
    pronoun: 'named earlier and called "it" or "they" here',
    earlier: 'from the words that lead into the list',
    owner: 'named as the one who holds the power or decision',
    none: ''
};

function whoActs(statement: StatementReading): string {
    const { actor } = statement;
    if (actor.side === 'none') {
        return actor.words ? `not clear ("${tidy(actor.words)}" does not say who)` : 'no one is named (the sentence does not say who)';
    }
    const how = [SIDE_WORDS[actor.side] ?? actor.side, FOUND_BY_WORDS[actor.foundBy] ?? actor.foundBy].filter(Boolean).join(', ');
    const who = actor.words ? lowerArticle(tidy(actor.words)) : 'someone';
    return how ? `${who} (${how})` : who;
}

const ACT_WORDS: Readonly<Record<ActKind, string>> = {
    decide: 'decides',
    assent: 'says yes or no to what someone else asked for',
    'set-standards': 'sets targets or standards',
    fund: 'pays for or funds something',
    'seek-views': 'asks for people\'s views',
    'give-views': 'gives views or takes part',
    share: 'shares or hands over the decision',
    report: 'reports, publishes or tells people',
    'keep-record': 'keeps a record',
    support: 'supports others to act',
    other: 'none Commons weighs (not deciding, funding, views or reporting)'
};

const MODAL_WORDS: Readonly<Record<NonNullable<StatementReading['modal']>['kind'], string>> = {
    duty: 'a duty',
    power: 'a power: allowed, not required',
    prohibition: 'forbidden',
    exemption: 'released from a duty',
    entitlement: 'a right',
    future: 'says what will happen',
    advisory: 'advice, not a duty'
};

/** The rungs of participation (Arnstein's ladder as IAP2 names it), lowest first. */
const RUNG_WORDS: Readonly<Record<Rung, string>> = {
    inform: 'informed (rung 1 of 6, the lowest: people are told, not asked)',
    consult: 'consulted (rung 2 of 6: asked for views; the decision stays elsewhere)',
    involve: 'involved (rung 3 of 6: take part throughout; the decision stays elsewhere)',
    collaborate: 'a shared decision (rung 4 of 6: decide together with the public body)',
    delegate: 'delegated (rung 5 of 6: the decision is handed to them)',
    control: 'community control (rung 6 of 6, the top: the community decides)'
};

/** The word that opens the condition a statement sits in ("if", "where", "unless"), read from the clause before it. */
function conditionWord(reading: ClauseReading, statement: StatementReading): string | undefined {
    const before = reading.text.slice(Math.max(0, statement.span.start - 16), statement.span.start);
    return /([A-Za-z]+)\s*$/.exec(before)?.[1]?.toLowerCase();
}

function verdictSentences(reading: ClauseReading): string[] {
    const { institutionLed, consultationAsPower, metricsOnly, outputFocused } = reading.verdicts;
    const sentences: string[] = [];
    if (institutionLed) sentences.push(withRule(`Commons reads this clause as institution-led${institutionLedReason(institutionLed)}`, 'institutionLed'));
    if (consultationAsPower) {
        const { claim, offer } = consultationAsPower.data;
        const detail = claim ? `: it promises people power ("${tidy(claim)}") but only ${offer ? `asks or tells them ("${tidy(offer)}")` : 'asks or tells them'}` : '';
        sentences.push(withRule(`Commons reads this clause as consultation presented as power${detail}`, 'consultationAsPower'));
    }
    if (metricsOnly) {
        sentences.push(withRule(`Commons reads this clause as judging success by numbers alone${quoted(metricsOnly)}, with no purpose or people's own account of what changed`, 'metricsOnly'));
    }
    if (outputFocused) {
        const what = outputFocused.messageId === 'tally' ? 'measuring by a tally' : 'counting activity';
        sentences.push(withRule(`Commons reads this clause as ${what}${quoted(outputFocused)} rather than what changed for people`, 'outputFocused'));
    }
    if (sentences.length === 0) {
        const reason = whyNoFinding(reading);
        sentences.push(reason ? `No four-shift finding: ${reason}.` : 'No four-shift finding.');
    }
    return sentences;
}

function withRule(sentence: string, verdict: keyof ClauseReading['verdicts']): string {
    return `${sentence}; see the rule ${VERDICT_RULES[verdict]}.`;
}

function institutionLedReason(judgement: Judgement): string {
    const actor = holder(judgement.data.actor);
    const words = judgement.data.words ? tidy(judgement.data.words) : undefined;
    const inQuotes = words ? ` ("${words}")` : '';
    switch (judgement.messageId) {
        case 'decision': return `: ${actor} keeps the decision${inQuotes}`;
        case 'consultation': return `: ${actor} asks for people's views${inQuotes} but keeps the decision`;
        case 'targets': return `: ${actor} sets, or answers for, the targets${inQuotes}`;
        case 'rule-making': return `: ${actor} decides the matter by regulations or order`;
        case 'discretion': return `: it is left to ${actor} to judge what is appropriate${inQuotes}`;
        case 'participation-as-output': return `: ${actor}'s duty to involve people${inQuotes} counts as met once something is produced or held, so the decision stays with ${actor}`;
        case 'voice-only': return `: the community only comments, is heard or is told${inQuotes} while ${actor} decides`;
        // Its words are the whole statement, quoted above it already.
        case 'not-bound': return `: ${actor} need not follow what the community says`;
        default: return inQuotes;
    }
}

/** Acts by which a community side holds a decision, and how to say so. */
const COMMUNITY_HOLDS: Partial<Record<ActKind, string>> = {
    decide: 'makes the decision',
    share: 'shares in the decision',
    'set-standards': 'sets the targets or standards',
    fund: 'decides on the money'
};

/**
 * Why no verdict fired, when the reading itself shows it: a condition the community decides, a
 * community that decides, a public body that only answers requests or only reports, or no
 * public body acting at all. Otherwise nothing: the reason is not guessed.
 */
function whyNoFinding(reading: ClauseReading): string | undefined {
    const statements = reading.statements;
    const condition = statements.find((statement) => statement.condition && !statement.negation && statement.actor.side === 'community'
        && (statement.act === 'decide' || statement.act === 'assent' || statement.act === 'share'));
    if (condition) {
        const word = conditionWord(reading, condition);
        return `a condition hands the decision to the community ("${word ? `${word} ` : ''}${trimStatement(condition.text)}")`;
    }
    const main = statements.filter((statement) => !statement.condition && !statement.negation);
    const community = main.find((statement) => statement.actor.side === 'community' && COMMUNITY_HOLDS[statement.act]);
    if (community) {
        return `${whoOf(community)}, on the community side, ${COMMUNITY_HOLDS[community.act]}${community.actWords ? ` ("${tidy(community.actWords)}")` : ''}`;
    }
    const institutions = main.filter((statement) => statement.actor.side === 'institution');
    if (institutions.length > 0 && institutions.every((statement) => statement.act === 'assent')) {
        const [first] = institutions;
        return `${whoOf(first)} only says yes or no to what someone else asked for${first.actWords ? ` ("${tidy(first.actWords)}")` : ''}`;
    }
    if (institutions.length > 0 && institutions.every((statement) => statement.act === 'report' || statement.act === 'keep-record')) {
        return `${whoOf(institutions[0])} only reports, publishes or keeps records, which places no decision`;
    }
    if (!statements.some((statement) => statement.actor.side === 'institution' || statement.actor.side === 'mixed')) {
        return 'no public body is read as acting in this clause';
    }
    return undefined;
}

function whoOf(statement: StatementReading): string {
    return statement.actor.words ? lowerArticle(tidy(statement.actor.words)) : SIDE_WORDS[statement.actor.side] || 'someone';
}

/** Who holds the power, as a verdict names it: "council" reads "the council"; "an institution" and "the Minister" stay. */
function holder(actor: string | undefined): string {
    if (!actor) return 'an institution';
    const words = lowerArticle(tidy(actor));
    return /^[a-z]/.test(words) && !/^(the|a|an|each|every|any|its|their|his|her)\b/.test(words) ? `the ${words}` : words;
}

function quoted(judgement: Judgement): string {
    return judgement.data.words ? ` ("${tidy(judgement.data.words)}")` : '';
}

/** A drafter's words for quoting: no [reference] brackets, one space between words. */
function tidy(words: string): string {
    return words.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
}

/** "The council" reads "the council" inside a sentence. */
function lowerArticle(words: string): string {
    return words.replace(/^(The|A|An|Each|Every)\b/, (article) => article.toLowerCase());
}

function trimStatement(text: string): string {
    return tidy(text).replace(/[\s,;:]+$/, '');
}

function shorten(text: string, limit: number): string {
    if (text.length <= limit) return text;
    const cut = text.slice(0, limit);
    const space = cut.lastIndexOf(' ');
    return `${cut.slice(0, space > limit * 0.6 ? space : limit)}…`;
}

/** Escapes text for Markdown, so brackets, stars and underscores show as written (as the hover's own escaping does). */
function escape(text: string): string {
    return text.replace(/[\\`*_{}[\]#|<>~]/g, (char) => `\\${char}`);
}
