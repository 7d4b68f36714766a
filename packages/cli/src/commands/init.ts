import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InputError } from '../input-error.js';

const STARTER_CONFIG = `{
  // Settings for commons lint. Run "commons rules" to list the rules and their severities.
  "extends": "commons:recommended",   // or "commons:strict": every shift rule becomes an error
  "rules": {
    // "drafting/long-sentence": ["warning", { "maxWords": 60 }],
    // "drafting/shall": "off"
  },
  // Paths to leave out, as in .gitignore (relative to this file).
  "ignore": []
}
`;

const EXAMPLE_DRAFT = `// A small example of a Commons draft. Run "commons lint" to check it, then make it your own.
act "Neighbourhood Spaces Act" {
  status draft
  purpose "Let neighbourhoods take over and run the spaces they depend on."
  ethos "Communities know their places best; public bodies work with them as equal partners."

  actor forum: neighbourhood-forum "the neighbourhood forum"
  actor council: local-authority "the relevant local authority"
  "community body" means "a body run by and accountable to people who live in the neighbourhood"

  section 1 "Right to run a neighbourhood space" {
    (1) "A [community body] may ask to run a community building that the [council] owns."
    (2) "The [council] must agree to the request within 6 months unless the [forum] decides otherwise."
    right RunSpace {
      holder [community body]
      duty-bearer council
      time-limit 6 months
      appeal "to the First-tier Tribunal, against a refusal or a failure to decide in time"
    }
  }
}
`;

/** What `commons init` writes, relative to the folder. */
export const INIT_FILES: Readonly<Record<string, string>> = {
    'commons.json': STARTER_CONFIG,
    'drafts/example.commons': EXAMPLE_DRAFT
};

/**
 * `commons init`: a starter commons.json and a small example draft. Refuses (exit code 2,
 * writing nothing) if either file already exists, so nothing of yours is ever overwritten.
 */
export function initProject(folder: string): number {
    const target = resolve(folder);
    const clashes = Object.keys(INIT_FILES).filter((path) => existsSync(join(target, path)));
    if (clashes.length > 0) {
        throw new InputError(`Nothing was written, because ${clashes.map((path) => relative(process.cwd(), join(target, path)) || path).join(' and ')} already `
            + `${clashes.length === 1 ? 'exists' : 'exist'}. Run commons init in an empty folder, or move ${clashes.length === 1 ? 'it' : 'them'} aside first.`);
    }
    for (const [path, text] of Object.entries(INIT_FILES)) {
        mkdirSync(join(target, path, '..'), { recursive: true });
        writeFileSync(join(target, path), text, { flag: 'wx' });
    }
    const shown = relative(process.cwd(), target) || '.';
    process.stdout.write(`Created ${Object.keys(INIT_FILES).map((path) => (shown === '.' ? path : `${shown}/${path}`)).join(' and ')}.\n`
        + `Next: run "commons lint${shown === '.' ? '' : ` ${shown}`}" to check the example, then "commons rules" to see what is checked.\n`);
    return 0;
}
