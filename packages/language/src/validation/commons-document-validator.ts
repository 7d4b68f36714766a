import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type ParseResult, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { SYNTAX_LIMITS, SyntaxCodes, type CodedLexingError } from '../parser/commons-lexer.js';
import { walkAst } from '../syntax/ast-walk.js';

/** How many nodes are checked between checks for a newer edit (or a cancelled run). */
const NODES_BETWEEN_CHECKS = 2000;

/**
 * Langium's validator with a cheaper loop over the nodes: a plain tree walk, the checks of each
 * node type looked up once per draft, and a check for cancellation every few thousand nodes
 * instead of an `await` at every node. Langium's loop awaited at least once per node, which in a
 * statute book of hundreds of thousands of nodes made a promise for each.
 */
export class CommonsDocumentValidator extends DefaultDocumentValidator {
    /**
     * Lexing errors with the Commons code the lexer gave them (an unclosed quotation, a block
     * nested too deeply, a clause too long), so reports name the problem by its own code.
     */
    override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        const errors = parseResult.lexerErrors as CodedLexingError[];
        for (let index = 0; index < errors.length; index++) {
            const code = errors[index].code;
            const diagnostic = diagnostics[start + index];
            if (code && diagnostic) diagnostic.code = code;
        }
    }

    /**
     * Parsing errors, leaving out those at or after a quotation or comment that never closed and
     * so swallowed the rest of the file (they only say the file ended early), and at most
     * SYNTAX_LIMITS.maxSyntaxErrors syntax errors in all, followed by one note saying how many more.
     */
    override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const swallowed = (parseResult.lexerErrors as CodedLexingError[]).find((error) => error.swallowsRest);
        const parsing: Diagnostic[] = [];
        const kept = swallowed
            ? { ...parseResult, parserErrors: parseResult.parserErrors.filter((error) => error.token.startOffset >= 0 && error.token.startOffset < swallowed.offset) }
            : parseResult;
        super.processParsingErrors(kept, parsing, options);
        // Langium reports lexing errors first, so `diagnostics` holds only those so far.
        const syntax = [...diagnostics, ...parsing];
        const more = syntax.length - SYNTAX_LIMITS.maxSyntaxErrors;
        if (more <= 0) {
            diagnostics.push(...parsing);
            return;
        }
        const shown = syntax
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
            .slice(0, SYNTAX_LIMITS.maxSyntaxErrors);
        diagnostics.splice(0, diagnostics.length, ...shown);
        const last = shown[shown.length - 1]?.range.start ?? { line: 0, character: 0 };
        diagnostics.push({
            severity: 3,
            range: { start: last, end: last },
            code: SyntaxCodes.TooManySyntaxErrors,
            message: `...and ${more.toLocaleString('en-GB')} more syntax ${more === 1 ? 'error' : 'errors'} in this file, not shown. `
                + `Fix the first ${SYNTAX_LIMITS.maxSyntaxErrors} (later ones often follow from them) and check again.`,
            data: { code: SyntaxCodes.TooManySyntaxErrors },
            source: this.getSource()
        });
    }

    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const nodes: AstNode[] = [];
        walkAst(root, (node) => nodes.push(node));
        const checksByType = new Map<string, ValidationCheck[]>();
        for (let index = 0; index < nodes.length; index++) {
            if (index % NODES_BETWEEN_CHECKS === 0) await interruptAndCheck(cancelToken);
            const node = nodes[index];
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result instanceof Promise) await result;
            }
        }
    }
}
