/**
 * Rule examples and rule tests are short excerpts. They are read inside this standard draft,
 * which declares the parties they usually need, unless they are whole files themselves.
 */
export const EXAMPLE_PREAMBLE = `  actor council: local-authority "the council"
  actor minister: minister "the Secretary of State"
  actor department: department "the department"
  actor treasury: treasury "HM Treasury"
  actor forum: neighbourhood-forum "the neighbourhood forum"
  actor residents: residents "people who live in the area"
  actor contractor: private-contractor "the contractor"
  actor tribunal: tribunal "the First-tier Tribunal"
  "community body" means "a body run by and for people who live in the area"`;

const WHOLE_FILE = /^\s*(?:\/\/[^\n]*\n\s*)*(?:import|act|bill|policy|programme|amendment|definitions|schedule|part)\b/;

/** The full text in which an example excerpt is read. */
export function exampleDraft(code: string): string {
    if (WHOLE_FILE.test(code)) return code;
    return `act "Example Act" {\n${EXAMPLE_PREAMBLE}\n${code}\n}\n`;
}
