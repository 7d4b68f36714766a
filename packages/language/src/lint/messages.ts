/**
 * Rule messages are templates declared in each rule's `meta.messages`, filled from the data a
 * report gives (ESLint's convention): "The right {{name}} gives {{holders}} no appeal ...".
 * A template names what it needs, so a message cannot say "undefined" where a value was missing:
 * a report that leaves a placeholder unfilled, or names a message the rule does not declare, is
 * a fault in the rule and throws, which the rule's tests catch.
 */

/** The values a report fills a template with. */
export type MessageData = Readonly<Record<string, string | number>>;

/** `{{name}}`, with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/** The placeholders of a template, each once, in the order they first appear. */
export function placeholdersOf(template: string): string[] {
    return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/** A template as its literal text and its placeholders, in order: "Hello {{name}}." gives ["Hello ", { placeholder: "name" }, "."]. */
export function templateParts(template: string): Array<string | { placeholder: string }> {
    const parts: Array<string | { placeholder: string }> = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
        if (match.index! > last) parts.push(template.slice(last, match.index));
        parts.push({ placeholder: match[1] });
        last = match.index! + match[0].length;
    }
    if (last < template.length) parts.push(template.slice(last));
    return parts;
}

/** A fault in a rule's messages or reports: the rule, not the draft, needs changing. */
export class RuleMessageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'RuleMessageError';
    }
}

/** The template of `messageId` among a rule's messages; throws when the rule does not declare it. */
export function messageTemplate(ruleId: string, messages: Readonly<Record<string, string>>, messageId: string): string {
    const template = Object.prototype.hasOwnProperty.call(messages, messageId) ? messages[messageId] : undefined;
    if (typeof template !== 'string') {
        throw new RuleMessageError(`Rule ${ruleId} reported the message "${messageId}", which is not among its meta.messages (${Object.keys(messages).join(', ') || 'none'}).`);
    }
    return template;
}

/** The template filled from `data`; throws when a placeholder has no value. */
export function fillTemplate(ruleId: string, messageId: string, template: string, data: MessageData | undefined): string {
    return template.replace(PLACEHOLDER, (_, name: string) => {
        const value = data && Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
        if (value === undefined || value === null) {
            throw new RuleMessageError(`Rule ${ruleId}'s message "${messageId}" needs {{${name}}}, but the report gives no value for it.`);
        }
        return String(value);
    });
}

/** The message `messageId` of a rule, filled from `data`. */
export function formatMessage(ruleId: string, messages: Readonly<Record<string, string>>, messageId: string, data?: MessageData): string {
    return fillTemplate(ruleId, messageId, messageTemplate(ruleId, messages, messageId), data);
}

/** The data as strings, the form findings carry it in (numbers as the message shows them). */
export function messageStrings(data: MessageData | undefined): Record<string, string> {
    const strings: Record<string, string> = {};
    if (data) for (const [name, value] of Object.entries(data)) strings[name] = String(value);
    return strings;
}

/** Words quoted from a draft for a message: brackets and line breaks tidied away, without the quotation marks. */
export function quotable(text: string): string {
    return text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
}
