import { isActor, isDefinition, type ActorKind, type Party, type PartyRef } from '../generated/ast.js';
import { analyseProse } from '../prose/index.js';

/**
 * Which side of the fourth shift a party is on: the community (residents and the bodies they
 * form or control), an institution (the state or the market), oversight (tribunals, courts,
 * regulators and commissioners, which protect rights rather than hold decisions), or neither.
 */
export type Side = 'community' | 'institution' | 'oversight' | 'other';

const SIDE_OF_KIND: Readonly<Record<ActorKind, Side>> = {
    'community-body': 'community', 'neighbourhood-forum': 'community', 'parish-council': 'community', 'town-council': 'community',
    residents: 'community',
    'local-authority': 'institution', 'combined-authority': 'institution', minister: 'institution', department: 'institution',
    treasury: 'institution', 'public-service-provider': 'institution', 'private-contractor': 'institution', parliament: 'institution',
    landowner: 'institution',
    regulator: 'oversight', commissioner: 'oversight', tribunal: 'oversight', court: 'oversight',
    'independent-body': 'other', 'advisory-body': 'other'
};

/** Actor kinds that stand for central government, whose powers most need a local check. */
const CENTRAL_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(['minister', 'department', 'treasury']);

export function sideOf(party: Party | undefined): Side {
    if (isActor(party)) return SIDE_OF_KIND[party.kind];
    if (isDefinition(party)) return sideOfPhrase(party.name);
    return 'other';
}

export function sideOfRef(ref: PartyRef): Side {
    return sideOf(ref.party.ref);
}

/** The side of a defined term such as "community body" or "relevant authority", read from the actors lexicon. */
export function sideOfPhrase(phrase: string): Side {
    const matches = analyseProse(phrase).matches('actors');
    const last = matches.at(-1);
    if (!last) return 'other';
    return last.category === 'community' ? 'community' : last.category === 'institution' ? 'institution' : 'other';
}

export function isCentral(ref: PartyRef): boolean {
    const party = ref.party.ref;
    return isActor(party) ? CENTRAL_KINDS.has(party.kind) : party !== undefined && isCentralPhrase(party.name);
}

/** Whether a phrase names central government ("the Secretary of State", "the department"), by the framing lexicon. */
export function isCentralPhrase(phrase: string): boolean {
    return analyseProse(phrase).matches('framing', 'central').length > 0;
}

/** The name a drafter would recognise: the actor's label or name, or the defined term. */
export function partyName(ref: PartyRef): string {
    const party = ref.party.ref;
    if (isActor(party)) return party.label ?? party.name;
    const term = party?.name ?? ref.party.$refText;
    return /^(a|an|the|any|each|every|all)\s/i.test(term) ? term : `the ${term}`;
}

/** The parties as a reader lists them: "the council, the forum and residents", each named once. */
export function namesOf(refs: readonly PartyRef[]): string {
    const names = [...new Set(refs.map(partyName))];
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
