import type { Source } from './rule.js';

/** Works that rule rationales cite. Each rule names what in the work it relies on. */
export const Sources = {
    communityPower: (detail: string): Source => ({
        citation: 'New Local, Community Power: The Evidence (2021)',
        detail
    }),
    arnstein: (detail: string): Source => ({
        citation: 'Sherry R. Arnstein, "A Ladder of Citizen Participation", Journal of the American Institute of Planners 35(4) (1969)',
        detail
    }),
    iap2: (detail: string): Source => ({
        citation: 'International Association for Public Participation, IAP2 Spectrum of Public Participation',
        detail
    }),
    draftingGuidance: (detail: string): Source => ({
        citation: 'Office of the Parliamentary Counsel, Drafting Guidance (UK)',
        detail
    })
} as const;
