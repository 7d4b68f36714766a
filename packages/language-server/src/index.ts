export * from './commons-lsp-module.js';
export * from './commons-lsp-services.js';
export * from './protocol.js';
export { startCommonsLanguageServer } from './start-server.js';
export { formattingEdits } from './formatting/commons-formatter.js';
export { KEYWORD_HELP, keywordHelp, type KeywordHelp } from './hover/keyword-help.js';
export { renameWritten } from './navigation/name-forms.js';
export { provisionSnippets, DEFAULT_PARTY_GUESSES, type ProvisionSnippet } from './completion/provision-snippets.js';
export { main } from './main.js';
