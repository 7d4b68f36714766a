import type { Pack, Shift } from './rule.js';

/** What each shift asks of a draft, from New Local, Community Power: The Evidence (2021). */
export const SHIFTS: Readonly<Record<Shift, { title: string; from: string; to: string }>> = {
    pluralist: {
        title: 'Uniform to pluralist practice',
        from: 'one model rolled out the same way everywhere, on a template set from the centre',
        to: 'practice rooted in people, place and circumstance, with local variation and local design expected'
    },
    ethos: {
        title: 'Metrics to ethos',
        from: 'targets, indicators and league tables as the definition of success',
        to: 'a shared purpose that communities, professionals and practice coalesce around'
    },
    outcomes: {
        title: 'Outputs to outcomes',
        from: 'counting activity (sessions delivered, reports published) over short periods',
        to: 'outcomes that matter in people\'s lives, judged over the long term, with prevention in view'
    },
    community: {
        title: 'State and market to community',
        from: 'decisions, approval and money held by ministers, officials or contractors, accountable upwards',
        to: 'communities holding rights, resources and decisions, with accountability to people locally'
    }
};

/** How each pack is introduced in the rule documentation. */
export const PACK_TITLES: Readonly<Record<Pack, string>> = {
    community: 'Community: from state and market to community',
    ethos: 'Ethos: from metrics to ethos',
    outcomes: 'Outcomes: from outputs to outcomes',
    pluralist: 'Pluralist: from uniform to pluralist practice',
    completeness: 'Community Power Act completeness',
    budget: 'Budget arithmetic',
    drafting: 'Drafting',
    waivers: 'Waivers'
};

export const PACK_ORDER: readonly Pack[] = ['community', 'ethos', 'outcomes', 'pluralist', 'completeness', 'budget', 'drafting', 'waivers'];
