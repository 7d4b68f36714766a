import { GrammarAST, type AstNodeDescription, type LangiumDocument, type MaybePromise } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext,
    type CompletionProviderOptions, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, CompletionList, InsertTextFormat, type CancellationToken, type CompletionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { declaredName } from '@commons/language';
import type { CommonsLspServices } from '../commons-lsp-services.js';
import { declarationDetail, describeDeclaration } from '../hover/describe.js';
import { keywordHelp } from '../hover/keyword-help.js';
import { referenceText } from '../syntax/reference-text.js';
import { completionPrefix, tokenWindow } from './completion-window.js';
import { proseReferenceCompletions } from './prose-reference-completion.js';
import { partyGuesses, provisionSnippets, type ProvisionSnippet } from './provision-snippets.js';

/**
 * Completion of keywords (each with its plain-language help), of actors, defined terms and named
 * provisions where the grammar expects a reference (written bare or in brackets as needed), of
 * [references] inside prose, and of whole provisions as snippets.
 */
export class CommonsCompletionProvider extends DefaultCompletionProvider {
    private readonly commons: CommonsLspServices;
    private snippetsByKeyword = new Map<string, ProvisionSnippet>();
    private currentDocument: LangiumDocument | undefined;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['['] };

    constructor(services: CommonsLspServices) {
        super(services);
        this.commons = services;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const inProse = proseReferenceCompletions(this.commons, document, params.position);
        if (inProse) return CompletionList.create(inProse.items, inProse.isIncomplete);
        this.currentDocument = document;
        this.snippetsByKeyword = new Map(provisionSnippets(partyGuesses(this.commons, document)).map((snippet) => [snippet.keyword, snippet]));
        try {
            return await super.getCompletion(document, params, cancelToken);
        } finally {
            this.currentDocument = undefined;
        }
    }

    /** Parses only the headers of the open blocks and the statement being typed (see completion-window.ts). */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const prefix = this.currentDocument ? completionPrefix(this.currentDocument, offset) : undefined;
        if (prefix === undefined) return super.findFeaturesAt(document, offset);
        return super.findFeaturesAt(textDocumentOf(prefix), prefix.length);
    }

    /** Finds the tokens next to the cursor in a window around it, not the whole document. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        if (!this.currentDocument || text.length < 20_000) return super.backtrackToAnyToken(text, offset);
        const window = tokenWindow(this.currentDocument, offset);
        const local = super.backtrackToAnyToken(window.text, offset - window.start);
        const shift = (value: number | undefined) => (value === undefined ? undefined : value + window.start);
        return {
            nextTokenStart: shift(local.nextTokenStart)!,
            nextTokenEnd: shift(local.nextTokenEnd)!,
            previousTokenStart: shift(local.previousTokenStart),
            previousTokenEnd: shift(local.previousTokenEnd)
        };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const help = keywordHelp(keyword.value, context.node?.$type);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: help?.text,
            documentation: help?.example ? { kind: 'markdown', value: `${help.text}\n\n\`\`\`commons\n${help.example}\n\`\`\`` } : undefined,
            sortText: `2${keyword.value}`
        });
        const snippet = this.snippetsByKeyword.get(keyword.value);
        if (snippet) {
            acceptor(context, {
                label: snippet.label,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: keyword.value,
                sortText: `1${keyword.value}`
            });
        }
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription): CompletionValueItem {
        const node = this.commons.editor.Occurrences.nodeOf(description);
        const name = (node && declaredName(node)) ?? description.name;
        const document = this.currentDocument;
        return {
            label: name,
            insertText: referenceText(name, this.commons.Grammar),
            filterText: name,
            kind: node?.$type === 'Actor' ? CompletionItemKind.Class : node?.$type === 'Definition' ? CompletionItemKind.Constant : CompletionItemKind.Function,
            detail: node ? declarationDetail(node) : undefined,
            documentation: node && document ? { kind: 'markdown', value: describeDeclaration(node, document) } : undefined,
            sortText: `0${name}`
        };
    }
}

function textDocumentOf(text: string): TextDocument {
    // Only getText and positionAt are used by the feature search; a minimal text document suffices.
    return {
        uri: 'memory://completion-prefix', languageId: 'commons', version: 0, lineCount: 0,
        getText: () => text,
        positionAt: (offset: number) => ({ line: 0, character: offset }),
        offsetAt: (position: { character: number }) => position.character
    } as unknown as TextDocument;
}
