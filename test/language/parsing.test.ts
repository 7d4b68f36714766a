import { describe, expect, it } from 'vitest';
import { diagnosticsOf, parseWorkspace } from '../helpers/workspace.js';

describe('parsing', () => {
    it('accepts a small act with structure and provisions', async () => {
        const diagnostics = await diagnosticsOf(`
            act "Community Power Act 2027" {
              status draft  extent England
              actor forum: neighbourhood-forum "a neighbourhood forum"
              "community body" means "a body corporate run by local people"
              part 1 "Community rights" {
                section 1 "Right to buy" {
                  (1) "A [community body] may buy an asset before anyone else."
                  right RightToBuy { holder [community body] duty-bearer forum }
                }
              }
            }`);
        expect(diagnostics).toEqual([]);
    });

    it('takes prose with quotation marks inside block strings', async () => {
        const workspace = await parseWorkspace({ 'main.commons': `act "A" { section 1 { """In this Act "land" includes buildings.""""  } }` });
        const section = workspace.document('main.commons').parseResult.value.instrument!.members[0] as { items: Array<{ text: string }> };
        expect(section.items[0].text).toBe('In this Act "land" includes buildings."');
    });
});
