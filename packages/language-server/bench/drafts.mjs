// Generates drafts for the benchmark: Acts of a given size and a workspace of small drafts.
// The words come from the example drafts, so the linker and the lint rules see realistic prose.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const examples = join(import.meta.dirname, '..', '..', '..', 'examples');

/** Clause texts from every example draft. */
function exampleClauses() {
    const clauses = [];
    const walk = (folder) => {
        for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.commons')) {
                for (const match of readFileSync(path, 'utf8').matchAll(/^\s*\(\d+[A-Z]?\)\s+"((?:[^"\\\n]|\\.){40,})"\s*$/gm)) {
                    // Brackets would point at terms these generated drafts do not declare.
                    clauses.push(match[1].replace(/\[([^\]]+)\]/g, '$1'));
                }
            }
        }
    };
    walk(examples);
    return clauses;
}

const CLAUSES = exampleClauses();

/** A small deterministic random number generator, so every run writes the same drafts. */
function seeded(seed) {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
    };
}

const PREAMBLE = `  status draft
  purpose "To give communities real power over the places and services they depend on."
  ethos "People who live in a place understand it best."
  actor council: local-authority "the relevant local authority"
  actor forum: neighbourhood-forum "a neighbourhood forum"
  actor minister: minister "the Secretary of State"
  actor tribunal: tribunal "the First-tier Tribunal"
  "community body" means "a body run by and for people who live in the area"
`;

function section(number, random) {
    const pick = () => CLAUSES[Math.floor(random() * CLAUSES.length)];
    const lines = [`    section ${number} "Provision ${number}" {`];
    lines.push(`      (1) "${pick()}"`);
    lines.push(`      (2) "The [council] must give each [community body] the support it needs under [subsection (1)]."`);
    lines.push(`      (3) "${pick()}"`);
    const kind = number % 4;
    if (kind === 0) lines.push(`      right Right${number} {`, '        holder [community body]', '        duty-bearer council', '        time-limit 6 months', '        appeal to tribunal "against a refusal"', '      }');
    if (kind === 1) lines.push(`      duty Duty${number} {`, '        bearer council', '        action "publish a plan with the forum"', '        deadline within 8 weeks', '        towards forum', '      }');
    if (kind === 2) lines.push(`      budget Budget${number} {`, '        amount GBP 250000 per year for 10 years', '        devolved to forum', '        decided by forum via participatory-budgeting', '        measure outcome "Residents say they can influence decisions" evidence qualitative over 10 years defined by forum', '      }');
    lines.push('    }');
    return lines.join('\n');
}

/** An Act of about `bytes` characters, in parts of 20 sections. */
export function actOfSize(bytes, seed = 1) {
    const random = seeded(seed);
    const out = [`act "Generated Act of ${Math.round(bytes / 1000)} KB" {`, PREAMBLE];
    let length = out.join('\n').length;
    let number = 1;
    let part = 1;
    while (length < bytes) {
        const sections = [];
        for (let index = 0; index < 20 && length < bytes; index++) {
            const text = section(number++, random);
            sections.push(text);
            length += text.length + 1;
        }
        out.push(`  part ${part} "Part ${part}" {`, ...sections, '  }');
        part++;
    }
    out.push('}', '');
    return out.join('\n');
}

/** A small draft of a couple of kilobytes, as a workspace of many drafts holds. */
export function smallDraft(index) {
    const random = seeded(index + 7);
    const sections = [1, 2].map((number) => section(number, random)).join('\n');
    return `policy "Neighbourhood plan ${index}" {\n${PREAMBLE}  part 1 "Plan" {\n${sections}\n  }\n}\n`;
}
