import './polyfills.js';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices,
    type Module, type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices
} from 'langium';
import { CommonsGeneratedModule, CommonsGeneratedSharedModule } from './generated/module.js';
import { CommonsLexerErrorMessageProvider, CommonsParserErrorMessageProvider } from './parser/commons-parser-messages.js';
import { CommonsValueConverter } from './parser/commons-value-converter.js';
import { CommonsLexer, CommonsTokenBuilder } from './parser/commons-lexer.js';
import { createCommonsParser } from './parser/commons-parser.js';
import { CommonsLinker } from './references/commons-linker.js';
import { CommonsScopeComputation } from './references/commons-scope-computation.js';
import { CommonsScopeProvider } from './references/commons-scope-provider.js';
import { ProseReferences } from './references/prose-references.js';
import { Linter } from './lint/engine.js';
import { LintConfigProvider, RuleDocs } from './lint/lint-config-provider.js';
import type { Rule } from './lint/rule.js';
import { ALL_RULES } from './lint/rules/index.js';
import { CommonsDocumentValidator } from './validation/commons-document-validator.js';
import { registerValidationChecks } from './validation/commons-validator.js';
import { CommonsIndexManager } from './workspace/commons-index-manager.js';
import { ImportGraph } from './workspace/import-graph.js';

/** Services Commons adds to Langium's, grouped as Langium groups its own. */
export type CommonsAddedServices = {
    references: {
        ProseReferences: ProseReferences;
    };
    workspace: {
        ImportGraph: ImportGraph;
    };
    lint: {
        Rules: readonly Rule[];
        Linter: Linter;
        LintConfigProvider: LintConfigProvider;
        RuleDocs: RuleDocs;
    };
};

export type CommonsServices = LangiumCoreServices & CommonsAddedServices;

/** Commons' replacements and additions; everything else is Langium's default. */
export const CommonsModule: Module<CommonsServices, PartialLangiumCoreServices & CommonsAddedServices> = {
    parser: {
        TokenBuilder: () => new CommonsTokenBuilder(),
        Lexer: (services) => new CommonsLexer(services),
        LangiumParser: (services) => createCommonsParser(services),
        ValueConverter: () => new CommonsValueConverter(),
        ParserErrorMessageProvider: () => new CommonsParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new CommonsLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new CommonsScopeComputation(services),
        ScopeProvider: (services) => new CommonsScopeProvider(services),
        Linker: (services) => new CommonsLinker(services),
        ProseReferences: (services) => new ProseReferences(services)
    },
    validation: {
        DocumentValidator: (services) => new CommonsDocumentValidator(services)
    },
    workspace: {
        ImportGraph: (services) => new ImportGraph(services)
    },
    lint: {
        Rules: () => ALL_RULES,
        Linter: (services) => new Linter(services),
        LintConfigProvider: (services) => new LintConfigProvider(services),
        RuleDocs: () => new RuleDocs()
    }
};

/** Workspace-wide replacements every front end uses. */
export const CommonsSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        IndexManager: (shared) => new CommonsIndexManager(shared)
    }
};

/**
 * Creates the Commons language services on top of a shared Langium core. The context supplies
 * the file system: `NodeFileSystem` for the CLI and language server, `EmptyFileSystem` in a
 * browser worker. Editor (LSP) services are added by the language-server package.
 */
export function createCommonsServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Commons: CommonsServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), CommonsGeneratedSharedModule, CommonsSharedModule);
    const Commons = inject(createDefaultCoreModule({ shared }), CommonsGeneratedModule, CommonsModule);
    shared.ServiceRegistry.register(Commons);
    registerValidationChecks(Commons);
    return { shared, Commons };
}
