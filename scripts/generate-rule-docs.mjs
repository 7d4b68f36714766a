// Writes docs/rules/ from the rules' metadata (npm run docs:rules). A test fails when the
// committed pages differ from what this would write, so the docs cannot drift from the code.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES, renderRuleDocs } from '../packages/language/out/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'docs', 'rules'), { recursive: true, force: true });
const pages = renderRuleDocs(ALL_RULES);
for (const [path, content] of pages) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
}
console.log(`Wrote ${pages.size} pages to docs/rules/.`);
