import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { isRight, type Section } from '../../packages/language/src/index.js';
import { parseWorkspace } from '../helpers/workspace.js';

const definitions = `definitions "Interpretation" {
  actor council: local-authority "the relevant local authority"
  "community body" means "a body that is run by and for people in the area"
}`;

describe('references across files', () => {
    it('resolves structured and prose references to an imported definitions file', async () => {
        const workspace = await parseWorkspace({
            'definitions.commons': definitions,
            'act.commons': `import "./definitions.commons"
act "Community Power Act 2027" {
  section 1 "Right to bid" {
    (1) "A [community body] may bid; the [council's] duty is in [subsection (2)]."
    (2) "The [council] must wait six months."
    right RightToBid { holder [community bodies] duty-bearer council }
  }
}`
        });
        expect(workspace.diagnostics('act.commons')).toEqual([]);
        expect(workspace.diagnostics('definitions.commons')).toEqual([]);
        const section = workspace.document('act.commons').parseResult.value.instrument!.members[0] as Section;
        const right = section.items.find(isRight)!;
        expect(right.holders[0].party.ref?.name).toBe('community body');
        expect(AstUtils.getDocument(right.dutyBearers[0].party.ref!).uri.path).toBe('/workspace/definitions.commons');
    });

    it('lets a schedule in its own file use the actors of the act that imports it, and the act cite it', async () => {
        const workspace = await parseWorkspace({
            'act.commons': `import "./schedule-1.commons"
act "A" {
  actor board: regulator "the Fund's board"
  section 1 { "The fund is governed as set out in [Schedule 1, paragraph 2]." }
}`,
            'schedule-1.commons': `schedule 1 "The Fund" {
  paragraph 1 { "The [board] has nine members." }
  paragraph 2 { "The [board] must meet in public, as [section 1] requires." }
}`
        });
        expect(workspace.diagnostics('act.commons')).toEqual([]);
        expect(workspace.diagnostics('schedule-1.commons')).toEqual([]);
    });

    it('does not see declarations in files that are not imported', async () => {
        const workspace = await parseWorkspace({
            'definitions.commons': definitions,
            'act.commons': 'act "A" { section 1 { "The [council] must act." } }'
        });
        expect(workspace.diagnostics('act.commons').map((d) => d.code)).toEqual(['language/unresolved-reference']);
    });

    it('reports a name declared in both the act and a file it imports', async () => {
        const workspace = await parseWorkspace({
            'definitions.commons': definitions,
            'act.commons': 'import "./definitions.commons"\nact "A" { actor council: parish-council }'
        });
        const messages = [...workspace.diagnostics('act.commons'), ...workspace.diagnostics('definitions.commons')].map((d) => d.message);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(/The actor "council" is declared more than once \(first in (act|definitions)\.commons\)/);
    });

    it('reports the same schedule number in two files of one draft', async () => {
        const workspace = await parseWorkspace({
            'act.commons': 'import "./schedule.commons"\nact "A" { schedule 1 "Inline" { paragraph 1 { "x" } } }',
            'schedule.commons': 'schedule 1 "Separate" { paragraph 1 { "y" } }'
        });
        const all = [...workspace.diagnostics('act.commons'), ...workspace.diagnostics('schedule.commons')];
        expect(all.filter((d) => d.code === 'language/duplicate-number').map((d) => d.message)).toEqual([
            'Schedule 1 is also numbered in schedule.commons (line 1). Renumber one of them.',
            'Schedule 1 is also numbered in act.commons (line 2). Renumber one of them.'
        ]);
    });
});

describe('references written as drafters write them', () => {
    it('resolves a plural on the head noun, a paragraph cited inside its own schedule and a chapter inside its part', async () => {
        const workspace = await parseWorkspace({
            'main.commons': `act "A" {
  "asset of community value" means "land listed by the council"
  part 1 {
    chapter 1 { section 1 { "[Assets of community value] are listed under [Chapter 2]." } }
    chapter 2 { section 2 { "x" } }
  }
  schedule 1 {
    paragraph 1 { (1) "x" (2) "y" }
    paragraph 2 { "As in [paragraph 1(2)]." }
  }
}`
        });
        expect(workspace.diagnostics('main.commons')).toEqual([]);
    });

    it('cites articles as well as sections', async () => {
        const workspace = await parseWorkspace({ 'main.commons': 'act "Regulation" { article 1 { "x" } article 2 { "See [Article 1] and [art. 1]." } }' });
        expect(workspace.diagnostics('main.commons')).toEqual([]);
    });

    it('takes quoted text after "to" as a description, not a reference', async () => {
        const workspace = await parseWorkspace({
            'main.commons': 'act "A" { actor forum: neighbourhood-forum\n section 1 { budget B { amount GBP 100 allocate 40% to "youth projects" allocate 60% to forum } fund F { source "gifts and bequests" GBP 1m } } }'
        });
        expect(workspace.diagnostics('main.commons')).toEqual([]);
    });
});
