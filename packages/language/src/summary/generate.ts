import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    isActor, isAmendmentOperation, isBudget, isChapter, isClause, isCommencement, isCrossHeading, isDefinition, isDefinitions,
    isDuty, isEvaluation, isFund, isInstrument, isMeasure, isPart, isParticipation, isPower, isProse, isReview, isRight,
    isExtent, isSchedule, isScheduleParagraph, isSchedulePart, isSection, isStatus, isSunset,
    type AmendmentOperation, type Amount, type Budget, type Clause, type Commencement, type Definition, type Document, type Duration,
    type Fund, type Measure, type Money, type PartyRef,
    type Provision, type Review, type Sunset
} from '../generated/ast.js';
import { readClause, type ClauseReading } from '../lint/clause-reading.js';
import { wordsOf } from '../prose/index.js';
import { partyName, sideOf } from '../lint/parties.js';
import { isActor as isActorNode } from '../generated/ast.js';
import type { Rule, Shift } from '../lint/rule.js';
import { ALL_RULES } from '../lint/rules/index.js';
import { SHIFTS } from '../lint/shifts.js';
import { findWaivers, rangeContains } from '../lint/waivers.js';
import { citationOf, isCitableUnit } from '../structure/citations.js';
import { provisionKindLabel } from '../structure/provisions.js';
import { parseAmount } from '../validation/values.js';
import { checkSentence, checkSummarySentences } from './checker.js';
import type {
    AlsoEntry, DraftSummaryModel, FaithfulnessIssue, GlossaryEntry, PartShifts, SetAside, ShiftEvidence, ShiftRecord, ShiftVerdict,
    SourceRef, SummaryPart, SummarySection, SummarySentence
} from './model.js';
import { PLAIN_WORDS } from './plain-words.js';
import { readabilityOf, sentenceEase, splitSentences, SUMMARY_TARGET } from './readability.js';
import { isLong, splitAtClauses, splitTrailingCondition, withoutLabelAsides, withoutListLabel, withoutPointerAsides } from './rewrite.js';

export interface SummaryInput {
    /** The draft, then the files it imports that belong to it (schedules, definitions), built with validation. */
    readonly documents: ReadonlyArray<LangiumDocument<Document>>;
    /** How to name a document's file in the summary (a path relative to where the user is). */
    readonly fileName: (document: LangiumDocument<Document>) => string;
    /** The rules, to know which shift a waived rule concerns. Defaults to every rule. */
    readonly rules?: readonly Rule[];
    /** A document's findings, where a front end keeps them elsewhere (the editor's published ones). Defaults to `document.diagnostics`. */
    readonly diagnostics?: (document: LangiumDocument<Document>) => readonly Diagnostic[];
}

export const SHIFT_ORDER: readonly Shift[] = ['community', 'ethos', 'outcomes', 'pluralist'];

const RUNG_WORDS: Readonly<Record<string, string>> = {
    inform: '"inform": people are told what was decided',
    consult: '"consult": people give their views, and others decide',
    involve: '"involve": people help work it out, and others decide',
    collaborate: '"collaborate": people and the public body decide together',
    delegate: '"delegate": the choice is handed to the people',
    'community-control': '"community control": the people are in charge'
};

const METHOD_WORDS: Readonly<Record<string, string>> = {
    'participatory-budgeting': 'a public vote on how to spend the money (participatory budgeting)',
    'citizens-assembly': 'a citizens\' assembly of people chosen by lot',
    'citizens-jury': 'a citizens\' jury',
    'deliberative-poll': 'a deliberative poll',
    'community-panel': 'a community panel',
    'community-ballot': 'a community ballot',
    'co-production': 'working it out together (co-production)',
    'grant-panel': 'a grant panel',
    formula: 'a fixed formula',
    'competitive-tender': 'a competitive tender',
    'officer-decision': 'a decision by officials',
    'ministerial-decision': 'a ministerial decision'
};

const PROCEDURE_WORDS: Readonly<Record<string, string>> = {
    affirmative: 'the rules need a vote of approval before they take effect',
    negative: 'the rules take effect unless they are voted down',
    'made-affirmative': 'the rules take effect at once, but lapse without a vote of approval soon after',
    'no-procedure': 'the rules need no vote'
};

const EVIDENCE_WORDS: Readonly<Record<string, string>> = {
    qualitative: 'what people say in their own words',
    quantitative: 'numbers',
    mixed: 'both people\'s own words and numbers'
};

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { GBP: '£', USD: '$', EUR: '€' };
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Builds the plain-language summary of a draft from its structure and the clause readings,
 * deterministically, then runs the faithfulness checker on it: a sentence that fails is replaced
 * by the draft's own words for that statement, and the check runs again.
 */
export function summarizeDraft(input: SummaryInput): DraftSummaryModel {
    return new SummaryBuilder(input).build();
}

interface LeadIn {
    readonly id: string;
    readonly text: string;
    /** True when the lead-in ends in a modal ("the provider must—") and so is read with each item. */
    readonly join: boolean;
}

const ENDS_WITH_MODAL = /\b(must|may|shall|must not|may not|shall not|is to|are to|to|will)\s*[—–:-]*\s*$/i;

interface Unit {
    readonly heading: string;
    readonly citation: string;
    readonly node: AstNode;
}

class SummaryBuilder {
    private readonly sources: Record<string, SourceRef> = {};
    private readonly sourceNodes = new Map<string, AstNode>();
    private readonly also: AlsoEntry[] = [];
    private readonly glossary: GlossaryEntry[] = [];
    private readonly evidence = new Map<Shift, { supports: ShiftEvidence[]; against: ShiftEvidence[]; setAside: SetAside[] }>();
    private readonly partOfSource = new Map<string, string>();
    private readonly names = new Set<string>();
    private currentPart = '';
    private clauseTexts: string[] = [];
    private rewritten = 0;
    private maskedNames: string[] | undefined;

    constructor(private readonly input: SummaryInput) {
        for (const shift of SHIFT_ORDER) this.evidence.set(shift, { supports: [], against: [], setAside: [] });
    }

    build(): DraftSummaryModel {
        const [main] = this.input.documents;
        const root = main.parseResult.value;
        const top = root.instrument ?? root.fragment;
        for (const document of this.input.documents) this.collectNames(document.parseResult.value);

        const parts: SummaryPart[] = [];
        const lifecycle: SummarySection[] = [];
        const loose: SummarySection[] = [];
        const members: AstNode[] = top ? (isInstrument(top) || isDefinitions(top) || isSchedule(top) || isPart(top) ? top.members : []) : [];
        if (top && (isSchedule(top) || isPart(top))) {
            parts.push(this.part(top));
        } else {
            for (const member of members) {
                if (isPart(member) || isSchedule(member)) parts.push(this.part(member));
                else if (isCommencement(member) || isSunset(member) || isReview(member)) {
                    this.currentPart = 'lifecycle';
                    lifecycle.push(this.section({ heading: lifecycleHeading(member), citation: '', node: member }, [member]));
                } else if (isDefinition(member)) this.definition(member);
                else if (isSection(member) || isChapter(member) || isCrossHeading(member)) {
                    this.currentPart = 'provisions';
                    loose.push(...this.sectionsIn(member));
                }
            }
        }
        for (const document of this.input.documents.slice(1)) {
            const fragment = document.parseResult.value.fragment ?? document.parseResult.value.instrument;
            if (!fragment) continue;
            if (isSchedule(fragment) || isPart(fragment)) parts.push(this.part(fragment));
            else if (isDefinitions(fragment)) for (const member of fragment.members) if (isDefinition(member)) this.definition(member);
        }
        if (loose.length > 0) parts.unshift({ heading: 'Provisions', citation: '', anchor: 'provisions', sections: loose });
        if (lifecycle.length > 0) parts.push({ heading: 'When it starts, ends and is reviewed', citation: '', anchor: 'lifecycle', sections: lifecycle });

        this.shiftFindings();
        if (top && isInstrument(top) && top.members.some((member) => member.$type === 'Ethos')) {
            const ethos = top.members.find((member) => member.$type === 'Ethos')!;
            this.supports('ethos', this.sourceFor(ethos, 'the ethos statement'), 'states the shared purpose the draft serves');
        }

        const whatThisDoes = this.whatThisDoes(top, parts, lifecycle);
        const check = this.checkAndRepair(parts, whatThisDoes);
        const allSentences = [...whatThisDoes, ...check.parts.flatMap((part) => part.sections.flatMap((section) => section.sentences)),
            ...this.glossary.flatMap((entry) => entry.sentences)];
        const shifts = this.shiftRecords();
        return {
            title: top && 'title' in top && typeof top.title === 'string' ? top.title : 'Untitled draft',
            kind: top ? (isInstrument(top) ? top.kind : top.$type === 'Definitions' ? 'definitions' : top.$type.toLowerCase()) : 'empty file',
            status: top && isInstrument(top) ? top.members.find(isStatus)?.value : undefined,
            file: this.input.fileName(main),
            includes: this.input.documents.slice(1).map((document) => this.input.fileName(document)),
            whatThisDoes: check.whatThisDoes,
            parts: check.parts,
            glossary: this.glossary,
            shifts,
            shiftsByPart: this.shiftsByPart(check.parts),
            alsoInThisDraft: this.also,
            readability: {
                clauses: readabilityOf(this.clauseTexts),
                summary: readabilityOf(allSentences.map((sentence) => sentence.text)),
                whatThisDoes: readabilityOf(check.whatThisDoes.map((sentence) => sentence.text)),
                rewritten: this.rewritten
            },
            check: check.counts,
            sources: this.sources
        };
    }

    // ---------------------------------------------------------------------------------------
    // Structure

    private part(node: AstNode & { number?: string; title?: string; members: AstNode[] }): SummaryPart {
        const citation = isCitableUnit(node) ? citationOf(node) ?? '' : '';
        this.currentPart = citation || node.title || 'part';
        const sections: SummarySection[] = [];
        const direct: AstNode[] = [];
        for (const member of node.members) {
            if (isSection(member) || isChapter(member) || isCrossHeading(member) || isScheduleParagraph(member) || isSchedulePart(member)) {
                sections.push(...this.sectionsIn(member));
            } else if (isDefinition(member)) this.definition(member);
            else if (!isActor(member)) direct.push(member);
        }
        if (direct.length > 0) sections.unshift(this.section({ heading: node.title ?? citation, citation, node }, direct));
        return { heading: node.title ?? citation, citation, anchor: anchorOf(citation || node.title || 'part'), sections };
    }

    private sectionsIn(node: AstNode): SummarySection[] {
        if (isChapter(node) || isCrossHeading(node) || isSchedulePart(node)) return node.members.flatMap((member) => this.sectionsIn(member));
        if (isSection(node) || isScheduleParagraph(node)) {
            const citation = citationOf(node) ?? '';
            return [this.section({ heading: node.title ?? citation, citation, node }, node.items)];
        }
        if (isDefinition(node)) this.definition(node);
        return [];
    }

    private section(unit: Unit, items: readonly AstNode[]): SummarySection {
        const sentences: SummarySentence[] = [];
        for (const item of items) sentences.push(...this.item(item, undefined));
        return { heading: unit.heading, citation: unit.citation, anchor: anchorOf(unit.citation || unit.heading), sentences };
    }

    private item(node: AstNode, leadIn: LeadIn | undefined): SummarySentence[] {
        if (isClause(node)) return this.clause(node, leadIn);
        if (isProse(node)) return this.prose(node, node.text, leadIn);
        if (isDefinition(node)) {
            this.definition(node);
            return [];
        }
        if (isActor(node)) return [];
        if (isAmendmentOperation(node)) return this.amendment(node);
        if (isProvisionNode(node)) return this.provision(node);
        return [];
    }

    // ---------------------------------------------------------------------------------------
    // Clauses: restated statement by statement from the clause reading

    private clause(node: Clause, leadIn: LeadIn | undefined): SummarySentence[] {
        const sentences: SummarySentence[] = [];
        if (node.items.length > 0) {
            let lead = leadIn;
            if (node.text) {
                this.clauseTexts.push(node.text);
                const words = `${leadIn?.join ? `${leadIn.text} ` : ''}${node.text.replace(/\s*[—–:-]+\s*$/, '').trim()}`;
                const id = this.sourceFor(node, undefined, words);
                if (ENDS_WITH_MODAL.test(node.text.trim())) {
                    // "The provider must—" reads only with each item: "The provider must, within 8 weeks, agree ..."
                    lead = { id, text: words, join: true };
                } else {
                    sentences.push(...this.restate(words, leadIn?.join ? [leadIn.id, id] : [id], this.sources[id], leadIn?.join ? undefined : words));
                    lead = { id, text: words, join: false };
                }
            }
            for (const item of node.items) sentences.push(...this.item(item, lead));
            if (node.closingWords) {
                this.clauseTexts.push(node.closingWords);
                const closingId = this.sourceFor(node, undefined, node.closingWords);
                sentences.push(...this.restate(node.closingWords, [closingId], this.sources[closingId]));
            }
            return sentences;
        }
        if (!node.text) return [];
        return this.prose(node, node.text, leadIn);
    }

    private prose(node: AstNode, text: string, leadIn: LeadIn | undefined): SummarySentence[] {
        this.clauseTexts.push(text);
        const item = leadIn ? text.replace(/[,;]?\s+(and|or)\s*$/i, '').replace(/[,;]\s*$/, '') : text;
        const words = leadIn?.join ? `${leadIn.text} ${item}` : item;
        const id = this.sourceFor(node, undefined, words);
        const ids = leadIn ? [leadIn.id, id] : [id];
        const sentences = this.restate(words, ids, this.sources[id], leadIn && !leadIn.join ? item : undefined);
        if (sentences.length === 0) this.also.push({ source: id, reason: 'no statement Commons could restate in plain words' });
        return sentences;
    }

    /**
     * The plain restatement of a clause: each sentence in plain words; a sentence that reads below
     * the summary target is also split where its statements meet and at semicolons (repeating who
     * acts), loses brackets that only label what they follow, and has a closing condition stated
     * as a sentence of its own. Each piece keeps the draft's words it restates (`basis`), which
     * the checker compares it with.
     */
    private restate(text: string, ids: readonly string[], _source: SourceRef, basis?: string): SummarySentence[] {
        const cleaned = tidy(text);
        const out: SummarySentence[] = [];
        for (const sentence of splitSentences(cleaned)) {
            const reading = readClause(sentence);
            this.readingEvidence(reading, ids[ids.length - 1]);
            // The draft's numbering and pointers to other provisions: the summary links its source instead.
            const bare = withoutPointerAsides(withoutListLabel(sentence));
            let pieces = [bare];
            let split = false;
            let trimmed = bare !== sentence;
            if (isHard(bare) || isLong(bare)) {
                const statements = splitAtStatements(bare, bare === sentence ? reading : readClause(bare)).flatMap(splitAtSemicolons);
                const shorter = statements.map((piece) => (isHard(piece) ? withoutLabelAsides(piece) : piece));
                trimmed ||= shorter.some((piece, index) => piece !== statements[index]);
                pieces = shorter.flatMap((piece) => (isHard(piece) || isLong(piece) ? splitAtClauses(piece) : [piece]))
                    .flatMap((piece) => (isHard(piece) || isLong(piece) ? splitTrailingCondition(piece) : [piece]));
                split = pieces.length > 1;
            }
            const plain = pieces.map((piece) => this.plainWords(piece));
            const changedWords = trimmed || plain.some((piece, index) => piece !== pieces[index]);
            const rewrite: SummarySentence['rewrite'] = split && changedWords ? 'split and plain words' : split ? 'split' : changedWords ? 'plain words' : undefined;
            if (rewrite) this.rewritten++;
            plain.forEach((piece, index) => {
                const finished = finish(piece);
                out.push({
                    text: finished, sources: ids, ease: sentenceEase(finished), rewrite,
                    basis: basis !== undefined ? tidy(basis) : pieces[index],
                    original: split ? sentence : undefined
                });
            });
        }
        return out;
    }

    private amendment(node: AmendmentOperation): SummarySentence[] {
        const id = this.sourceFor(node, `amendment to ${node.target}${node.act ? ` of the ${node.act}` : ''}`);
        const where = `In ${node.target}${node.act ? ` of the ${node.act}` : ''}`;
        let text: string;
        if (node.original !== undefined && node.replacement !== undefined) text = `${where}, the words "${node.original}" become "${node.replacement}".`;
        else if (node.inserted !== undefined && node.anchor !== undefined) text = `${where}, the words "${node.inserted}" are added ${node.position ?? 'after'} "${node.anchor}".`;
        else if (node.inserted !== undefined) text = `${where}, the words "${node.inserted}" are added.`;
        else if (node.omitted !== undefined) text = `${where}, the words "${node.omitted}" are taken out.`;
        else if (node.replacement !== undefined) text = `${where}, the text is replaced by "${node.replacement}".`;
        else return [];
        return [this.sentence(text, id, '', node.original ?? '', node.replacement ?? '', node.inserted ?? '', node.anchor ?? '', node.omitted ?? '')];
    }

    // ---------------------------------------------------------------------------------------
    // Provisions the tools can read

    private provision(node: Provision): SummarySentence[] {
        const id = this.sourceFor(node, provisionCitation(node));
        const say = (text: string | undefined, effect = '', ...quoted: string[]) => (text ? this.sentence(text, id, effect, ...quoted) : undefined);
        const out: Array<SummarySentence | undefined> = [];
        const source = this.sources[id];
        const act = (refs: readonly PartyRef[]) => this.acting(source, refs);

        if (isRight(node)) {
            const holders = act(node.holders);
            const what = node.entitlements.length > 0 ? node.entitlements.map(toInfinitive).join(', and ') : `set out in ${this.unitCitation(node)}`;
            out.push(say(`${holders || 'Someone'} ${has(node.holders)} the right ${what}.`, 'may', ...node.entitlements));
            for (const subject of node.subjects) out.push(say(`This right covers ${lowerFirst(subject)}.`, '', subject));
            if (node.dutyBearers.length > 0) {
                const bearers = act(node.dutyBearers);
                const limit = node.timeLimits.length > 0 ? ` within ${durationWords(node.timeLimits[0])}` : '';
                out.push(say(`${bearers} must respect this right${limit}.`, 'must'));
                for (const extra of node.timeLimits.slice(1)) out.push(say(`Another time limit is ${durationWords(extra)}.`));
            } else {
                for (const limit of node.timeLimits) out.push(say(`The time limit is ${durationWords(limit)}.`));
            }
            for (const appeal of node.appeals) out.push(say(`${holders || 'The holder'} can appeal${appeal.body ? ` to ${this.named(source, [appeal.body])}` : ''}${appeal.description ? ` ${lowerFirst(appeal.description).replace(/\.$/, '')}` : ''}.`, 'may', appeal.description ?? ''));
            for (const enforcement of node.enforcements) out.push(say(enforcement.body ? `${capitalise(this.named(source, [enforcement.body]))} can enforce the right${enforcement.description ? `: ${lowerFirst(enforcement.description).replace(/\.$/, '')}` : ''}.` : `The right is enforced by ${lowerFirst(enforcement.description ?? 'the courts').replace(/\.$/, '')}.`, 'may', enforcement.description ?? ''));
            if (node.holders.some((ref) => sideOf(ref.party.ref) === 'community')) {
                this.supports('community', id, `gives ${namesOf(node.holders)} a right`);
            }
        } else if (isDuty(node)) {
            const bearers = act(node.bearers);
            const deadline = node.deadlines.map((d) => (d.within ? ` within ${durationWords(d.within)}` : d.date ? ` by ${dateWords(d.date)}` : '') + (d.description ? ` (${d.description})` : '')).join(' and');
            const actions = node.actions.length > 0 ? node.actions.map(bare) : ['carry out the duty in this section'];
            out.push(say(`${bearers || 'Someone'} must ${actions.join(', and ')}${deadline}.`, 'must', ...node.actions, ...node.deadlines.map((d) => d.description ?? '')));
            if (node.beneficiaries.length > 0) out.push(say(`This duty is owed to ${act(node.beneficiaries)}.`));
        } else if (isPower(node)) {
            const holders = act(node.holders);
            const actions = node.actions.length > 0 ? node.actions.map(bare) : ['use the power in this section'];
            out.push(say(`${holders || 'Someone'} may ${actions.join(', and ')}.`, 'may', ...node.actions));
            if (node.consenters.length > 0) out.push(say(`It can only be used if ${act(node.consenters)} ${agree(node.consenters)}.`, 'may'));
            if (node.consultees.length > 0) out.push(say(`Before it is used, ${act(node.consultees)} must be asked for their views.`, 'must'));
            for (const procedure of node.procedures) out.push(say(`The power is used by making rules (regulations): ${PROCEDURE_WORDS[procedure]}.`));
            if (node.consenters.some((ref) => sideOf(ref.party.ref) === 'community')) this.supports('community', id, `needs the agreement of ${namesOf(node.consenters)}`);
        } else if (isParticipation(node)) {
            const matter = node.matters.length > 0 ? ` on ${node.matters.map(lowerFirst).join(' and ')}` : '';
            if (node.participants.length > 0) out.push(say(`${act(node.participants)} take part in decisions${matter}.`));
            else if (matter) out.push(say(`People take part in decisions${matter}.`));
            for (const level of node.levels) out.push(say(`On the ladder of say, this is ${RUNG_WORDS[level]}.`));
            if (node.deciders.length > 0) {
                const how = node.methods.length > 0 ? `, through ${node.methods.map((m) => METHOD_WORDS[m]).join(' or ')}` : '';
                out.push(say(`${act(node.deciders)} ${decides(node.deciders)}${how}.`));
            } else if (node.methods.length > 0) {
                out.push(say(`The method is ${node.methods.map((m) => METHOD_WORDS[m]).join(' or ')}.`));
            }
            if (node.levels.some((level) => level === 'delegate' || level === 'community-control')) this.supports('community', id, 'hands the decision to the community');
            if (node.levels.length > 0 && node.levels.every((level) => level === 'inform' || level === 'consult')) this.against('community', id, 'asks people for views but leaves the decision elsewhere');
        } else if (isBudget(node) || isFund(node)) {
            out.push(...this.money(node, id, source));
        } else if (isMeasure(node)) {
            out.push(...this.measure(node, id));
        } else if (isEvaluation(node)) {
            const by = node.evaluators.length > 0 ? act(node.evaluators) : 'Someone';
            const every = node.periods.length > 0 ? ` every ${node.periods.map(durationWords).join(' and every ')}` : '';
            out.push(say(`${by} ${checks(node.evaluators)} how well it works${every}.`));
            if (node.text) out.push(...this.restate(node.text, [id], source));
            for (const kind of node.evidence) out.push(say(`The evidence is ${EVIDENCE_WORDS[kind]}.`));
            for (const learning of node.learning) out.push(say(`It asks: ${lowerFirst(learning).replace(/\.$/, '')}.`, '', learning));
            if (node.sharedWith.length > 0) out.push(say(`The findings go to ${this.named(source, node.sharedWith)}.`));
            this.supports('outcomes', id, 'sets up learning from what happens');
        } else if (isCommencement(node) || isSunset(node) || isReview(node)) {
            out.push(...this.lifecycle(node, id, source));
        }
        if (!isEvaluation(node) && !isCommencement(node) && !isSunset(node) && !isReview(node) && 'text' in node && typeof node.text === 'string') {
            out.push(...this.restate(node.text, [id], source));
        }
        for (const note of (node as { notes?: string[] }).notes ?? []) out.push(...this.restate(note, [id], source));
        const written = out.filter((sentence): sentence is SummarySentence => sentence !== undefined);
        if (written.length === 0) this.also.push({ source: id, reason: `a ${provisionKindLabel(node)} with nothing filled in yet` });
        return written;
    }

    private money(node: Budget | Fund, id: string, source: SourceRef): SummarySentence[] {
        const out: SummarySentence[] = [];
        const say = (text: string, effect = '', ...quoted: string[]) => out.push(this.sentence(text, id, effect, ...quoted));
        const what = isBudget(node) ? 'budget' : 'fund';
        const amounts = isBudget(node) ? node.amounts : node.endowments;
        const to = isBudget(node) && node.devolvedTo.length > 0 ? ` goes to ${this.acting(source, node.devolvedTo)}` : '';
        const place = isBudget(node) && node.places.length > 0 ? ` for ${node.places.join(' and ')}` : '';
        for (const amount of amounts) say(`${capitalise(amountWords(amount))}${to || (isBudget(node) ? ' is set aside' : ' is put into the fund')}${place}.`);
        if (amounts.length === 0 && to) say(`A ${what}${to}${place}.`);
        if (isBudget(node) && node.sources.length > 0) say(`The money comes from ${this.named(source, node.sources)}.`);
        if (isFund(node)) {
            for (const fundSource of node.sources) {
                const from = fundSource.party ? this.named(source, [fundSource.party]) : lowerFirst(fundSource.description ?? 'another source');
                say(`Money comes into the fund from ${from}${fundSource.amount ? `: ${amountWords(fundSource.amount)}` : ''}.`);
            }
            if (node.governors.length > 0) say(`${this.acting(source, node.governors)} ${runs(node.governors)} the fund.`);
            for (const text of node.governance) out.push(...this.restate(text, [id], source));
            for (const distribution of node.distributions) {
                const method = distribution.method ? ` through ${METHOD_WORDS[distribution.method]}` : '';
                const recipients = distribution.recipients.length > 0 ? ` to ${this.named(source, distribution.recipients)}` : '';
                const words = distribution.description ? `: ${lowerFirst(distribution.description).replace(/\.$/, '')}` : '';
                say(`The fund pays out${recipients}${method}${words}.`, '', distribution.description ?? '');
            }
        }
        if (node.deciders.length > 0) {
            const how = node.methods.length > 0 ? `, through ${node.methods.map((m) => METHOD_WORDS[m]).join(' or ')}` : '';
            say(`${this.acting(source, node.deciders)} ${decides(node.deciders)} how the money is spent${how}.`);
        }
        for (const allocation of node.allocations) {
            const share = allocation.money ? moneyWords(allocation.money) + perWords(allocation.per) : `${allocation.share?.value}%`;
            const recipient = allocation.recipient ? this.named(source, [allocation.recipient]) : allocation.recipientDescription ? lowerFirst(allocation.recipientDescription) : 'a purpose not yet named';
            say(`${capitalise(share)} goes to ${recipient}${allocation.description ? ` (${lowerFirst(allocation.description)})` : ''}.`, '', allocation.description ?? '', allocation.recipientDescription ?? '');
        }
        if (isBudget(node)) for (const condition of node.conditions) say(`A condition on the money: ${conditionWords(condition)}.`, '', condition);
        if (node.accountable.length > 0) say(`${this.acting(source, node.accountable)} ${answers(node.accountable)} for how the money is used.`);
        for (const measure of node.measures) out.push(...this.measure(measure, this.sourceFor(measure, provisionCitation(measure))));
        const holders = [...(isBudget(node) ? node.devolvedTo : node.governors), ...node.deciders];
        if (holders.length > 0 && holders.every((ref) => sideOf(ref.party.ref) === 'community')) {
            this.supports('community', id, `puts the money under the control of ${namesOf(holders)}`);
        } else if (holders.length > 0 && holders.some((ref) => sideOf(ref.party.ref) === 'community')) {
            this.supports('community', id, `shares control of the money with ${namesOf(holders.filter((ref) => sideOf(ref.party.ref) === 'community'))}`);
        }
        if (isBudget(node) && node.placeLevels.some((level) => ['neighbourhood', 'ward', 'parish', 'town'].includes(level))) {
            this.supports('pluralist', id, `is set for one ${node.placeLevels.join(' or ')}, so it can differ from place to place`);
        }
        return out;
    }

    private measure(node: Measure, id: string): SummarySentence[] {
        const out: SummarySentence[] = [];
        const source = this.sources[id];
        const say = (text: string, effect = '', ...quoted: string[]) => out.push(this.sentence(text, id, effect, ...quoted));
        say(`Success is judged by this: ${lowerFirst(node.description).replace(/\.$/, '')}.`, '', node.description);
        if (node.kind === 'outcome') say('This is a change in people\'s lives (an outcome).');
        else if (node.kind === 'output') say('This counts activity (an output), not a change in people\'s lives.');
        else say('This is a number to hit (a metric).');
        const evidence = node.evidence.length > 0 ? ` The evidence is ${node.evidence.map((kind) => EVIDENCE_WORDS[kind]).join(' and ')}` : '';
        const over = node.horizons.length > 0 ? `${evidence ? ',' : ' It is judged'} over ${node.horizons.map(durationWords).join(' and ')}` : '';
        if (evidence || over) say(`${(evidence + over).trim()}.`);
        if (node.definers.length > 0) say(`${this.acting(source, node.definers)} ${decides(node.definers)} what success means.`);
        for (const target of node.targets) say(`The target is: ${lowerFirst(target).replace(/\.$/, '')}.`, '', target);
        if (node.kind === 'outcome') {
            this.supports('outcomes', id, 'judges success by a change in people\'s lives');
            if (node.horizons.some((horizon) => years(horizon) >= 5)) this.supports('outcomes', id, 'looks at least five years ahead');
        }
        if (node.evidence.some((kind) => kind === 'qualitative' || kind === 'mixed')) this.supports('ethos', id, 'counts what people say, not only numbers');
        if (node.definers.some((ref) => sideOf(ref.party.ref) === 'community')) this.supports('ethos', id, `lets ${namesOf(node.definers)} say what success means`);
        return out;
    }

    private lifecycle(node: Commencement | Sunset | Review, id: string, source: SourceRef): SummarySentence[] {
        const out: SummarySentence[] = [];
        const say = (text: string) => out.push(this.sentence(text, id));
        if (isCommencement(node)) {
            if (node.date) say(`It starts on ${dateWords(node.date)}.`);
            else if (node.delay) say(`It starts ${durationWords(node.delay)} after it is passed.`);
            else if (node.byRegulations) say('It starts on a day a minister sets in rules (regulations).');
        } else if (isSunset(node)) {
            if (node.date) say(`It ends on ${dateWords(node.date)}, unless it is renewed.`);
            else if (node.delay) say(`It ends ${durationWords(node.delay)} after it starts, unless it is renewed.`);
        } else {
            const who = node.reviewers.length > 0 ? this.acting(source, node.reviewers) : 'Someone';
            const when = node.every ? `every ${durationWords(node.every)}` : `after ${durationWords(node.after!)}`;
            say(`${who} ${checks(node.reviewers)} how it is working ${when}.`);
            this.supports('outcomes', id, 'has a set time to look back and learn');
        }
        if (node.text) out.push(...this.restate(node.text, [id], source));
        return out;
    }

    private definition(node: Definition): void {
        const id = this.sourceFor(node, `definition of "${node.name}"`);
        const source = this.sources[id];
        const sentences: SummarySentence[] = [];
        if (node.meaning !== undefined) {
            this.clauseTexts.push(node.meaning);
            sentences.push(...this.restate(`"${node.name}" means ${unquote(node.meaning)}`, [id], source));
        }
        if (node.inclusion !== undefined) {
            this.clauseTexts.push(node.inclusion);
            sentences.push(...this.restate(`"${node.name}" includes ${listed(node.inclusion)}`, [id], source));
        }
        this.glossary.push({ term: node.name, sentences });
    }

    // ---------------------------------------------------------------------------------------
    // What this does: three to five short sentences drawn from the provisions

    private whatThisDoes(top: AstNode | undefined, parts: readonly SummaryPart[], lifecycle: readonly SummarySection[]): SummarySentence[] {
        const out: SummarySentence[] = [];
        const kind = top && isInstrument(top) ? top.kind : 'text';
        const provisions = [...this.sourceNodes.entries()];
        const of = <T extends AstNode>(guard: (node: AstNode) => node is T) => provisions.filter(([, node]) => guard(node)) as Array<[string, T]>;

        const rights = of(isRight);
        if (rights.length > 0) {
            const holders = unique(rights.flatMap(([, right]) => right.holders.map(shortName)));
            out.push({ text: `This ${kind} gives ${fewNames(holders)} ${countWords(rights.length, 'right')}.`, sources: rights.map(([id]) => id), ease: 0 });
        }
        const money = [...of(isBudget), ...of(isFund)] as Array<[string, Budget | Fund]>;
        const controlled = money.filter(([, node]) => [...(isBudget(node) ? node.devolvedTo : node.governors), ...node.deciders].some((ref) => sideOf(ref.party.ref) === 'community'));
        if (controlled.length > 0) {
            const who = unique(controlled.flatMap(([, node]) => [...node.deciders, ...(isBudget(node) ? node.devolvedTo : node.governors)]
                .filter((ref) => sideOf(ref.party.ref) === 'community').map(shortName)));
            out.push({ text: `It puts money in the hands of ${fewNames(who)}.`, sources: controlled.map(([id]) => id), ease: 0 });
        } else if (money.length > 0) {
            out.push({ text: `It sets up ${countWords(money.length, 'budget or fund', 'budgets or funds')}.`, sources: money.map(([id]) => id), ease: 0 });
        }
        const participation = of(isParticipation).filter(([, node]) => node.levels.length > 0);
        if (participation.length > 0) {
            const top = participation.map(([, node]) => node.levels.at(-1)!).sort((a, b) => RUNG_ORDER.indexOf(b) - RUNG_ORDER.indexOf(a))[0];
            out.push({ text: RUNG_SHORT[top], sources: participation.filter(([, node]) => node.levels.includes(top)).map(([id]) => id), ease: 0 });
        }
        const duties = [...of(isDuty)];
        if (duties.length > 0) {
            const bearers = unique(duties.flatMap(([, duty]) => duty.bearers.map(shortName)));
            out.push({ text: `It puts ${countWords(duties.length, 'duty', 'duties')} on ${fewNames(bearers)}.`, sources: duties.map(([id]) => id), ease: 0 });
        }
        const measures = of(isMeasure);
        if (measures.length > 0 && out.length < 5) {
            const outcomes = measures.filter(([, m]) => m.kind === 'outcome');
            out.push(outcomes.length > 0
                ? { text: 'It judges success by what changes in people\'s lives.', sources: outcomes.map(([id]) => id), ease: 0 }
                : { text: 'It judges success by counts and numbers.', sources: measures.map(([id]) => id), ease: 0 });
        }
        const starts = lifecycle.flatMap((section) => section.sentences).filter((sentence) => /^It (starts|ends)/.test(sentence.text));
        for (const start of starts) if (out.length < 5) out.push({ ...start });
        if (top && isInstrument(top)) {
            const status = top.members.find(isStatus);
            const extent = top.members.find(isExtent);
            if (extent && out.length < 5) {
                out.unshift({ text: `It applies in ${joinNames(extent.places)}.`, sources: [this.sourceFor(extent, 'extent')], ease: 0 });
            }
            if (status && out.length < 5) {
                out.unshift({ text: `This ${kind} ${STATUS_WORDS[status.value] ?? `is at the stage "${status.value}"`}.`, sources: [this.sourceFor(status, 'status')], ease: 0 });
            }
        }
        if (out.length < 3) {
            const counted = parts.filter((part) => part.sections.some((section) => section.sentences.length > 0));
            if (counted.length > 0) {
                const firstSources = counted.flatMap((part) => part.sections.flatMap((section) => section.sentences.flatMap((s) => s.sources))).slice(0, 1);
                out.unshift({ text: `This ${kind} has ${countWords(counted.length, 'part')}: ${counted.map((part) => lowerFirst(part.heading)).join('; ')}.`, sources: firstSources, ease: 0, structural: true } as SummarySentence);
            }
        }
        if (out.length < 3) {
            const first = parts.flatMap((part) => part.sections.flatMap((section) => section.sentences)).filter((s) => s.ease >= 60);
            for (const sentence of first) if (out.length < 3) out.push({ ...sentence });
        }
        return out.slice(0, 5).map((sentence) => ({ ...sentence, ease: sentenceEase(sentence.text) }));
    }

    // ---------------------------------------------------------------------------------------
    // The faithfulness check, run on the generator's own output

    private checkAndRepair(parts: readonly SummaryPart[], whatThisDoes: readonly SummarySentence[]) {
        const names = [...this.names];
        const structural = (sentence: SummarySentence) => (sentence as { structural?: boolean }).structural === true;
        const all = () => [...whatThisDoes.filter((s) => !structural(s)), ...parts.flatMap((part) => part.sections.flatMap((section) => section.sentences)), ...this.glossary.flatMap((entry) => entry.sentences)];
        const first = checkSummarySentences({ sentences: all(), sources: this.sources, names });
        const failing = new Set(first.map((issue) => issue.sentence));
        let replaced = 0;
        // A rewritten sentence that fails goes back to the draft's words: first only the words of
        // its own piece (plain words undone), if that alone passes, else the draft's whole sentence.
        const repair = (sentence: SummarySentence): SummarySentence => {
            if (!failing.has(sentence.text) || !sentence.rewrite) return sentence;
            replaced++;
            const piece = sentence.original !== undefined && sentence.basis !== undefined ? finish(sentence.basis) : undefined;
            if (piece !== undefined && piece !== sentence.text) {
                const candidate: SummarySentence = { ...sentence, text: piece, ease: sentenceEase(piece), rewrite: 'split', fallback: true };
                if (checkSentence(candidate, this.sources, names, (sentence as { conditionFollows?: boolean }).conditionFollows ?? false).length === 0) return candidate;
            }
            const text = finish(sentence.original ?? sentence.basis ?? sentence.text);
            return { text, sources: sentence.sources, ease: sentenceEase(text), fallback: true };
        };
        const repairedParts = parts.map((part) => ({ ...part, sections: part.sections.map((section) => ({ ...section, sentences: dedupe(section.sentences.map(repair)) })) }));
        for (const entry of this.glossary) (entry as unknown as { sentences: SummarySentence[] }).sentences = dedupe(entry.sentences.map(repair));
        const repairedWhat = whatThisDoes.map(repair);
        const sentences = [...repairedWhat.filter((s) => !structural(s)), ...repairedParts.flatMap((part) => part.sections.flatMap((section) => section.sentences)), ...this.glossary.flatMap((entry) => entry.sentences)];
        const issues: FaithfulnessIssue[] = checkSummarySentences({ sentences, sources: this.sources, names });
        return {
            parts: repairedParts,
            whatThisDoes: repairedWhat.map((sentence) => { const { structural: _s, ...rest } = sentence as SummarySentence & { structural?: boolean }; return rest; }),
            counts: { sentences: sentences.length, passed: sentences.length - replaced - new Set(issues.map((issue) => issue.sentence)).size, replaced, issues }
        };
    }

    // ---------------------------------------------------------------------------------------
    // The four shifts

    private shiftFindings(): void {
        const ruleShift = new Map((this.input.rules ?? ALL_RULES).map((rule) => [rule.meta.id, rule.meta.shift]));
        for (const document of this.input.documents) {
            for (const diagnostic of this.input.diagnostics?.(document) ?? document.diagnostics ?? []) {
                const data = diagnostic.data as { shift?: Shift; ruleId?: string } | undefined;
                if (!data?.shift || !SHIFT_ORDER.includes(data.shift)) continue;
                const id = this.sourceAt(document, diagnostic);
                this.against(data.shift, id, firstSentence(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value));
            }
            for (const waiver of findWaivers(document)) {
                const node = nodeCovering(document, waiver.covers);
                const id = this.sourceFor(node ?? document.parseResult.value, undefined);
                for (const rule of waiver.ruleIds) {
                    const shift = ruleShift.get(rule);
                    if (shift && SHIFT_ORDER.includes(shift)) {
                        this.evidence.get(shift)!.setAside.push({ source: id, rule, reason: waiver.reason ?? 'no reason given, so the waiver is not honoured' });
                    }
                }
            }
        }
    }

    private sourceAt(document: LangiumDocument<Document>, diagnostic: Diagnostic): string {
        return this.sourceFor(nodeCovering(document, diagnostic.range) ?? document.parseResult.value, undefined);
    }

    /** What the clause reading shows for the fourth shift: the community deciding, or a condition that hands it the decision. */
    private readingEvidence(reading: ClauseReading, source: string): void {
        for (const statement of reading.statements) {
            const who = statement.actor.words ? tidy(statement.actor.words) : 'the community';
            const free = statement.modal?.kind !== 'prohibition' && !statement.negation;
            if (statement.actor.side === 'community' && statement.act === 'decide' && free) {
                this.supports('community', source, `lets ${asNounPhrase(who)} decide`);
            } else if (statement.actor.side === 'community' && statement.act === 'share' && free) {
                this.supports('community', source, `lets ${asNounPhrase(who)} share the decision`);
            } else if (statement.condition && (statement.rung === 'delegate' || statement.rung === 'control')) {
                this.supports('community', source, 'makes the decision turn on what the community decides');
            }
        }
    }

    private supports(shift: Shift, source: string, says: string): void {
        const list = this.evidence.get(shift)!.supports;
        if (!list.some((entry) => entry.source === source && entry.says === says)) list.push({ source, says });
    }

    private against(shift: Shift, source: string, says: string): void {
        const list = this.evidence.get(shift)!.against;
        if (!list.some((entry) => entry.source === source && entry.says === says)) list.push({ source, says });
    }

    private shiftRecords(): ShiftRecord[] {
        return SHIFT_ORDER.map((shift) => {
            const { supports, against, setAside } = this.evidence.get(shift)!;
            return { shift, title: SHIFTS[shift].title, verdict: verdictOf(supports.length, against.length), supports, against, setAside };
        });
    }

    private shiftsByPart(parts: readonly SummaryPart[]): PartShifts[] {
        return parts.map((part) => {
            const key = part.citation || (part.anchor === 'lifecycle' ? 'lifecycle' : part.anchor === 'provisions' ? 'provisions' : part.heading);
            const inPart = (entries: readonly ShiftEvidence[]) => entries.filter((entry) => this.partOfSource.get(entry.source) === key).length;
            const verdicts = Object.fromEntries(SHIFT_ORDER.map((shift) => {
                const { supports, against } = this.evidence.get(shift)!;
                return [shift, verdictOf(inPart(supports), inPart(against))];
            })) as Record<Shift, ShiftVerdict>;
            return { part: part.citation ? `${part.citation}: ${part.heading}` : part.heading, anchor: part.anchor, verdicts };
        });
    }

    // ---------------------------------------------------------------------------------------
    // Sources and names

    private sourceFor(node: AstNode, citation: string | undefined, words?: string): string {
        const document = AstUtils.getDocument(node) as LangiumDocument<Document>;
        const file = this.input.fileName(document);
        const line = (node.$cstNode?.range.start.line ?? 0) + 1;
        const cited = citation ? `${unitCitationOf(node)}${unitCitationOf(node) ? ': ' : ''}${citation}` : unitCitationOf(node) || (isInstrument(node) ? 'the whole draft' : `line ${line}`);
        let id = `${anchorOf(`${file}-${line}`)}`;
        const existing = this.sources[id];
        if (existing && this.sourceNodes.get(id) === node && words === undefined) return id;
        if (existing && (this.sourceNodes.get(id) !== node || (words !== undefined && existing.words !== words))) {
            let n = 2;
            while (this.sources[`${id}-${n}`] && !(this.sourceNodes.get(`${id}-${n}`) === node && this.sources[`${id}-${n}`].words === (words ?? this.sources[`${id}-${n}`].words))) n++;
            id = `${id}-${n}`;
            if (this.sources[id]) return id;
        }
        const refs = partyRefsIn(node);
        let text = words ?? node.$cstNode?.text ?? '';
        // A budget's or fund's own words, without the measures inside it, which are sources of their own.
        if (words === undefined && (isBudget(node) || isFund(node))) for (const measure of node.measures) text = text.replace(measure.$cstNode?.text ?? '', '');
        const named = unique([...refs.map(partyName), ...refs.map(shortName)]);
        this.sources[id] = { id, citation: cited, file, line, words: named.length > 0 ? `${text}\n${named.join('; ')}` : text, actors: [] };
        this.sourceNodes.set(id, node);
        this.partOfSource.set(id, this.currentPart || partKeyOf(node));
        return id;
    }

    private unitCitation(node: AstNode): string {
        return unitCitationOf(node) || 'this draft';
    }

    /** Names parties who act in a provision, recording them as its actors. */
    private acting(source: SourceRef, refs: readonly PartyRef[]): string {
        for (const ref of refs) {
            const name = shortName(ref);
            if (!source.actors.includes(name)) (source.actors as string[]).push(name);
        }
        return namesOf(refs);
    }

    named(_source: SourceRef, refs: readonly PartyRef[]): string {
        return namesOf(refs);
    }

    /**
     * A sentence written from a provision's structure. `effect` is the legal effect the grammar
     * gives the field it restates ("must" for a duty's bearer, "may" for a power's holder, "" for
     * a plain fact), with any free text it quotes: the checker compares the sentence's modals with it.
     */
    private sentence(text: string, id: string, effect = '', ...quoted: readonly string[]): SummarySentence {
        // The draft's words it quotes (an action, a condition) get plain words too; names stay.
        const finished = finish(this.plainWords(text));
        return { text: finished, sources: [id], basis: `${effect} ${quoted.join(' ')}`.trim(), ease: sentenceEase(finished) };
    }

    /** Plain words for a piece of a clause, with every name the draft defines kept as written. */
    private plainWords(text: string): string {
        this.maskedNames ??= [...this.names].filter((name) => name.trim().length > 2).sort((a, b) => b.length - a.length);
        return plainWordsOf(text, this.maskedNames);
    }

    private collectNames(root: Document): void {
        const visit = (node: AstNode) => {
            if (isActor(node)) {
                this.names.add(node.name);
                if (node.label) this.names.add(node.label);
                // The name a summary calls it by (shortName), so plain words never touch it.
                this.names.add(shortActorName(node.name, node.label));
            } else if (isDefinition(node)) this.names.add(node.name);
            for (const child of AstUtils.streamContents(node)) visit(child);
        };
        visit(root);
    }
}

// -------------------------------------------------------------------------------------------
// Words

const STATUS_WORDS: Readonly<Record<string, string>> = {
    draft: 'is a draft',
    consultation: 'is a draft, open for comment',
    introduced: 'is before the law makers',
    enacted: 'is law'
};

const RUNG_ORDER = ['inform', 'consult', 'involve', 'collaborate', 'delegate', 'community-control'];
const RUNG_SHORT: Readonly<Record<string, string>> = {
    inform: 'The most say it gives people is "inform": they are told what was decided.',
    consult: 'The most say it gives people is "consult": they give their views, and others decide.',
    involve: 'The most say it gives people is "involve": they help work things out, and others decide.',
    collaborate: 'The most say it gives people is "collaborate": they decide jointly with the state.',
    delegate: 'The most say it gives people is "delegate": choices are handed to them.',
    'community-control': 'The most say it gives people is "community control": they are in charge.'
};

function isProvisionNode(node: AstNode): node is Provision {
    return isRight(node) || isDuty(node) || isPower(node) || isParticipation(node) || isBudget(node) || isFund(node) || isMeasure(node)
        || isEvaluation(node) || isCommencement(node) || isSunset(node) || isReview(node);
}

function provisionCitation(node: Provision): string {
    const name = 'name' in node && typeof node.name === 'string' && node.name ? ` ${node.name}` : '';
    return `${provisionKindLabel(node)}${name}`;
}

function lifecycleHeading(node: Commencement | Sunset | Review): string {
    return isCommencement(node) ? 'When it starts' : isSunset(node) ? 'When it ends' : 'Review';
}

function unitCitationOf(node: AstNode): string {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isCitableUnit(current)) {
            const citation = citationOf(current);
            if (citation !== undefined) return citation;
        }
    }
    return '';
}

function partKeyOf(node: AstNode): string {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if ((isPart(current) || isSchedule(current)) && isCitableUnit(current)) return citationOf(current) ?? current.title ?? 'part';
    }
    return 'provisions';
}

function partyRefsIn(node: AstNode): PartyRef[] {
    const refs: PartyRef[] = [];
    const visit = (current: AstNode) => {
        if (current.$type === 'PartyRef') refs.push(current as PartyRef);
        for (const child of AstUtils.streamContents(current)) visit(child);
    };
    if (!isCitableUnit(node) && !isInstrument(node)) visit(node);
    return refs;
}

function nodeCovering(document: LangiumDocument<Document>, range: { start: { line: number; character: number }; end: { line: number; character: number } }): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(range.start);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (isClause(node) || isProse(node) || isProvisionNode(node) || isDefinition(node) || isAmendmentOperation(node)) {
            if (!node.$cstNode || rangeContains(node.$cstNode.range, range) || rangeContains(range, node.$cstNode.range)) return node;
        }
        if (isSection(node) || isScheduleParagraph(node) || isPart(node) || isSchedule(node) || isInstrument(node)) return node;
    }
    return undefined;
}

function verdictOf(supports: number, against: number): ShiftVerdict {
    if (supports > 0 && against > 0) return 'mixed';
    if (supports > 0) return 'supports';
    if (against > 0) return 'works against';
    return 'does not touch';
}

function namesOf(refs: readonly PartyRef[]): string {
    return joinNames(unique(refs.map(shortName)));
}

/**
 * The name a summary uses for a party: the actor's label when it is short ("the Northmoor
 * Assembly"), else its name ("the neighbourhood assembly"); the full label is in "Who's who".
 */
export function shortName(ref: PartyRef): string {
    const party = ref.party.ref;
    if (isActorNode(party)) return shortActorName(party.name, party.label);
    return partyName(ref);
}

function shortActorName(name: string, label: string | undefined): string {
    // A label's brackets only translate or abbreviate it ("the municipal legislature (Câmara
    // Municipal)"); the full label is in the draft the summary links to.
    const bare = label?.replace(/\s*\([^()]*\)/g, '').trim();
    if (bare && bare.split(/\s+/).length <= 5 && !bare.includes(',')) return bare;
    return /^(a|an|the|any|each|every|all)\s/i.test(name) ? name : `the ${name}`;
}

function joinNames(names: readonly string[]): string {
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** At most two names, so "What this does" stays short: "the council and two others". */
function fewNames(names: readonly string[]): string {
    return names.length <= 2 ? joinNames(names) : `${names[0]} and ${countWords(names.length - 1, 'other')}`;
}

function unique<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}

function plural(refs: readonly PartyRef[]): boolean {
    if (refs.length > 1) return true;
    // The head noun decides: "employees of the Federal Government" are plural.
    const name = (refs[0] ? shortName(refs[0]) : '').split(/\s+of\s+/)[0];
    return /(?<!s)s$/.test(name.trim()) && !/\b(ss|us|is)$/.test(name.trim()) || /\b(people|residents|partners|members|communities)\b/i.test(name);
}

function has(refs: readonly PartyRef[]): string {
    return plural(refs) ? 'have' : 'has';
}
function decides(refs: readonly PartyRef[]): string {
    return plural(refs) ? 'decide' : 'decides';
}
function checks(refs: readonly PartyRef[]): string {
    return refs.length === 0 ? 'checks' : plural(refs) ? 'check' : 'checks';
}
function runs(refs: readonly PartyRef[]): string {
    return plural(refs) ? 'run' : 'runs';
}
function agree(refs: readonly PartyRef[]): string {
    return plural(refs) ? 'agree' : 'agrees';
}
function answers(refs: readonly PartyRef[]): string {
    return plural(refs) ? 'answer' : 'answers';
}

function countWords(n: number, one: string, many = `${one}s`): string {
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    return `${n <= 10 ? words[n] : n} ${n === 1 ? one : many}`;
}

function durationWords(duration: Duration): string {
    const value = Number(duration.value);
    const unit = duration.unit.toLowerCase().replace(/s$/, '');
    return `${duration.value} ${value === 1 ? unit : `${unit}s`}`;
}

function years(duration: Duration): number {
    const value = Number(duration.value);
    const unit = duration.unit.toLowerCase().replace(/s$/, '');
    return unit === 'year' ? value : unit === 'decade' ? value * 10 : unit === 'month' ? value / 12 : 0;
}

function moneyWords(money: Money): string {
    const value = parseAmount(money.value);
    const symbol = CURRENCY_SYMBOLS[money.currency];
    if (value === undefined) return `${money.currency} ${money.value}`;
    const figure = value >= 1e9 && value % 1e7 === 0 ? `${trimNumber(value / 1e9)} billion`
        : value >= 1e6 && value % 1e4 === 0 ? `${trimNumber(value / 1e6)} million`
        : value.toLocaleString('en-GB');
    return symbol ? `${symbol}${figure}` : `${money.currency} ${figure}`;
}

function trimNumber(value: number): string {
    return String(Math.round(value * 100) / 100);
}

function perWords(per: string | undefined): string {
    return per ? ` a ${per.toLowerCase()}` : '';
}

function amountWords(amount: Amount): string {
    return `${moneyWords(amount.money)}${perWords(amount.per)}${amount.term ? ` for ${durationWords(amount.term)}` : ''}`;
}

function dateWords(date: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    return match ? `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}` : date;
}


function conditionWords(condition: string): string {
    return lowerFirst(condition).replace(/\.$/, '');
}

function toInfinitive(text: string): string {
    const trimmed = lowerFirst(text.trim()).replace(/\.$/, '');
    return /^to\s/.test(trimmed) ? trimmed : `to ${trimmed}`;
}

function bare(text: string): string {
    return lowerFirst(text.trim()).replace(/^to\s+/, '').replace(/\.$/, '');
}

/** A party's words as they read inside a sentence: "A neighbourhood assembly" -> "a neighbourhood assembly", "assembly" -> "the assembly". */
function asNounPhrase(words: string): string {
    const trimmed = words.trim();
    const first = trimmed.split(/\s+/)[0] ?? '';
    if (wordsOf('syntax', 'determiner').has(first.toLowerCase())) return `${first.toLowerCase()}${trimmed.slice(first.length)}`;
    if (/^[a-z]/.test(trimmed) && !/s$/.test(trimmed)) return `the ${trimmed}`;
    return lowerFirst(trimmed);
}

function lowerFirst(text: string): string {
    const trimmed = text.trim();
    if (/^[A-Z][a-z]/.test(trimmed) && !/^[A-Z][a-z]+\s+[A-Z]/.test(trimmed)) return trimmed[0].toLowerCase() + trimmed.slice(1);
    return trimmed;
}

function capitalise(text: string): string {
    return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

function unquote(text: string): string {
    return text.replace(/^"(.*)"$/s, '$1');
}

function firstSentence(text: string): string {
    const sentence = splitSentences(text)[0] ?? text;
    return sentence.replace(/\.$/, '');
}

/** Draft words made readable: brackets of references dropped, white space single, "shall" as "must". */
function tidy(text: string): string {
    return text.replace(/\[([^\]]*)\]?/g, '$1').replace(/\bshall\b/g, 'must').replace(/\bShall\b/g, 'Must').replace(/\s+/g, ' ').trim();
}

function finish(text: string): string {
    let out = text.trim().replace(/\s+([,.;:])/g, '$1').replace(/[,;:—–-]+\s*$/, '').replace(/\s+/g, ' ');
    if (!/[.!?]["”)]?$/.test(out)) out += '.';
    return capitalise(out);
}

const PLAIN_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = PLAIN_WORDS.map(([legal, plain]) =>
    [new RegExp(`(?<![\\w-])${legal.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}(?![\\w-])`, 'gi'), plain] as const);

/** Plain words for legal ones (plain-words.ts), leaving the names of parties and defined terms as they are. */
function plainWordsOf(text: string, names: readonly string[]): string {
    const kept: string[] = [];
    let out = text;
    for (const name of names) {
        const pattern = new RegExp(`\\b${name.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}\\b`, 'gi');
        out = out.replace(pattern, (match) => {
            kept.push(match);
            return `\u0000${kept.length - 1}\u0000`;
        });
    }
    for (const [pattern, plain] of PLAIN_PATTERNS) {
        out = out.replace(pattern, (match) => (plain && /^[A-Z]/.test(match) ? capitalise(plain) : plain));
    }
    out = out.replace(/\u0000(\d+)\u0000/g, (_match, index: string) => kept[Number(index)]);
    return out.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}


/**
 * Splits a hard sentence where its statements meet ("..., and must not ..."; "...; the council
 * must ..."), repeating who acts in a piece that starts with the modal. Conditions stay with
 * the statement they belong to, since they sit inside its span.
 */
function splitAtStatements(sentence: string, reading: ClauseReading): string[] {
    const mains = reading.statements.filter((statement) => !statement.condition);
    if (mains.length < 2) return splitAtSemicolons(sentence);
    const pieces: string[] = [];
    let start = 0;
    let prefix = '';
    for (const statement of mains.slice(1)) {
        const at = statement.span.start;
        if (at <= start) continue;
        const before = sentence.slice(start, at);
        const join = /(,\s*(?:and|but)\s+|;\s*(?:and|but)?\s*)$/i.exec(before);
        if (!join) continue;
        pieces.push(`${prefix}${before.slice(0, join.index)}`);
        start = at;
        const startsWithModal = /^(must|may|shall|will|can|is|are|has|have|need|does|do)\b/i.test(sentence.slice(at));
        prefix = startsWithModal && statement.actor.words ? `${tidy(statement.actor.words)} ` : '';
    }
    pieces.push(`${prefix}${sentence.slice(start)}`);
    const cleaned = pieces.map((piece) => piece.trim()).filter((piece) => piece.split(/\s+/).length >= 3);
    return cleaned.length > 1 && cleaned.length === pieces.length ? cleaned : splitAtSemicolons(sentence);
}

function isHard(sentence: string): boolean {
    return sentenceEase(sentence) < SUMMARY_TARGET;
}

/** "a, b, c and d" as "a; b; c; and d", so each item of a list is read (and scored) as one. */
function listed(text: string): string {
    const items = text.split(/,\s+/);
    if (items.length < 3 || items.some((item) => item.split(/\s+/).length > 6)) return text;
    return `: ${items.join('; ')}`;
}

function splitAtSemicolons(sentence: string): string[] {
    const pieces = sentence.split(/;\s+/).map((piece) => piece.trim()).filter((piece) => piece.split(/\s+/).length >= 4);
    return pieces.length > 1 ? pieces : [sentence];
}

function dedupe(sentences: readonly SummarySentence[]): SummarySentence[] {
    const seen = new Set<string>();
    return sentences.filter((sentence) => {
        const key = `${sentence.text}|${sentence.sources.join(',')}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

export function anchorOf(text: string): string {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'top';
}
