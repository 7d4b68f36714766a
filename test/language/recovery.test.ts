import { describe, expect, it } from 'vitest';
import { outlineText } from '../../packages/language/src/index.js';
import { parseWorkspace } from '../helpers/workspace.js';

describe('error recovery', () => {
    it('keeps one syntax error in one section from spreading to the rest of the file', async () => {
        const workspace = await parseWorkspace({
            'main.commons': `act "Recovery" {
  actor council: local-authority
  section 1 "One" { (1) "The [council] must act." }
  section 2 "Broken" {
    (1) "The council must" publish a plan
    (2) "The plan must be kept under review."
  }
  section 3 "Three" {
    (1) "The [council] may act under [section 1]."
    right R { holder council }
  }
}`
        });
        const diagnostics = workspace.diagnostics('main.commons');
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].range.start.line).toBe(4);
        expect(diagnostics[0].message).toBe('"publish" is not part of the language here. Words of a clause go inside quotes, for example (1) "The council must ...".');
        const outline = outlineText(workspace.document('main.commons').parseResult.value);
        expect(outline).toContain('section 3 "Three"');
        expect(outline).toContain('right R (holder council)');
    });

    it('reports an unclosed brace once and still reads the sections after it', async () => {
        const workspace = await parseWorkspace({
            'main.commons': `act "A" {
  actor council: local-authority
  section 1 { (1) "Unclosed"
  section 2 { (1) "The [council] must act." }
}`
        });
        const diagnostics = workspace.diagnostics('main.commons');
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toContain('Check that every "{" has a matching "}"');
        expect(outlineText(workspace.document('main.commons').parseResult.value)).toContain('section 2');
    });

    it('names an unclosed quotation in plain words', async () => {
        const workspace = await parseWorkspace({ 'main.commons': 'act "A" {\n  section 1 { (1) "never closed }\n}' });
        const messages = workspace.diagnostics('main.commons').map((d) => d.message);
        expect(messages[0]).toContain('This quotation is never closed');
    });
});

describe('messages for common slips', () => {
    it('explains that a quoted name is not a reference, and shows the bracketed form', async () => {
        const workspace = await parseWorkspace({ 'main.commons': 'act "A" {\n  "community body" means "x"\n  section 1 { right R { holder "community body" } }\n}' });
        const [diagnostic] = workspace.diagnostics('main.commons');
        expect(diagnostic.message).toBe('"community body" is quoted text, but an actor or defined term is needed here. '
            + 'Write the actor\'s name (council) or put the term in square brackets: [community body].');
        expect(diagnostic.range.start).toEqual({ line: 2, character: 31 });
    });
});
