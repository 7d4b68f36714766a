import { closest } from 'fastest-levenshtein';
import { ALL_RULES, normaliseSeverity, type RuleSetting } from '@commons/language';
import { InputError } from '../input-error.js';
import type { SeverityWord } from '../option-values.js';

/** The --rule settings of a run, with each rule id checked (a misspelt id gets a suggestion). */
export function ruleOverrides(settings: Record<string, SeverityWord> | undefined): Record<string, RuleSetting> | undefined {
    if (!settings) return undefined;
    const ids = ALL_RULES.map((rule) => rule.meta.id);
    for (const id of Object.keys(settings)) {
        if (!ids.includes(id)) throw new InputError(`--rule ${id}: there is no rule called "${id}". Did you mean "${closest(id, ids)}"? Run "commons rules" to list them.`);
    }
    return Object.fromEntries(Object.entries(settings).map(([id, severity]) => [id, normaliseSeverity(severity)]));
}
