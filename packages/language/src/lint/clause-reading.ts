import { analyseProse, type Span } from '../prose/index.js';
import { judgeConsultationAsPower, judgeInstitutionLed, judgeMetricsOnly, judgeOutputFocused, type Judgement } from './judgements.js';
import { rolesOf, type ActKind, type FoundBy, type Rung } from './roles.js';
import { SYNTAX_LIMITS } from '../parser/commons-lexer.js';

/**
 * What Commons read in one clause: for each statement, who acts, the kind of act, the modal, what
 * a negation governs, the rung of participation it gives people, and whether a condition hands the
 * decision to the community; then the four-shift verdicts drawn from those roles. Pure: the
 * language server's hover and `commons explain` show the same reading.
 */
export interface StatementReading {
    /** Offsets into the clause text. */
    readonly span: Span;
    readonly text: string;
    readonly actor: {
        /** The words naming who acts, when any ("the Secretary of State"). */
        readonly words?: string;
        readonly side: 'institution' | 'community' | 'other' | 'mixed' | 'none';
        /** subject, agent (of a passive: "by the council"), pronoun, earlier (the lead-in of a list), none. */
        readonly foundBy: FoundBy;
    };
    readonly act: ActKind;
    /** The words that show the act. */
    readonly actWords?: string;
    /** Dictionary forms of the verbs read ("prepare", "adopt"). */
    readonly verbs: readonly string[];
    readonly modal?: { readonly words: string; readonly kind: 'duty' | 'power' | 'prohibition' | 'exemption' | 'entitlement' | 'future' | 'advisory' };
    /** "act": the act is refused; "obligation": only a duty is taken away ("need not follow"). */
    readonly negation?: { readonly words: string; readonly governs: 'act' | 'obligation' };
    readonly rung?: Rung;
    /** True inside a condition, time or relative clause ("if most households back it in a ballot"). */
    readonly condition: boolean;
    /** True when the act stops or overrides someone else's decision. */
    readonly veto: boolean;
}

export interface ClauseReading {
    readonly text: string;
    readonly statements: readonly StatementReading[];
    /** The four-shift verdicts on the clause, with the message ids and data the rules report them with. */
    readonly verdicts: {
        readonly institutionLed?: Judgement;
        readonly consultationAsPower?: Judgement;
        readonly metricsOnly?: Judgement;
        readonly outputFocused?: Judgement;
    };
}

export function readClause(text: string): ClauseReading {
    // Quoted text this long is reported as language/prose-too-long and not read.
    if (text.length > SYNTAX_LIMITS.maxQuotedLength) return { text, statements: [], verdicts: {} };
    const analysis = analyseProse(text);
    const statements = rolesOf(analysis).map((role): StatementReading => ({
        span: role.span,
        text: text.slice(role.span.start, role.span.end),
        actor: role.actor,
        act: role.act,
        actWords: role.actSpan && text.slice(role.actSpan.start, role.actSpan.end),
        verbs: role.proposition.verbs.map((verb) => verb.lemma),
        modal: role.modal,
        negation: role.negation,
        rung: role.rung,
        condition: role.clause !== undefined,
        veto: role.veto
    }));
    return {
        text,
        statements,
        verdicts: {
            institutionLed: judgeInstitutionLed(analysis),
            consultationAsPower: judgeConsultationAsPower(analysis),
            metricsOnly: judgeMetricsOnly(analysis),
            outputFocused: judgeOutputFocused(analysis)
        }
    };
}
