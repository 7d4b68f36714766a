export * from './model.js';
export * from './readability.js';
export * from './facts.js';
export { checkSentence, checkSummarySentences, type CheckInput } from './checker.js';
export { summarizeDraft, anchorOf, SHIFT_ORDER, type SummaryInput } from './generate.js';
export * from './render.js';
