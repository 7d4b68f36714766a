import type { Judgement } from './judgements.js';

/** Fills a message template's `{{name}}` placeholders from a judgement's data. */
export function fillJudgement(templates: Readonly<Record<string, string>>, judgement: Judgement): string {
    return templates[judgement.messageId].replace(/\{\{(\w+)\}\}/g, (_, name: string) => judgement.data[name]);
}
