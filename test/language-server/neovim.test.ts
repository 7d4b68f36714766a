import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFolder } from '../helpers/cli.js';
import { serverBin } from './lsp-test-client.js';

// The server is not only for VS Code: Neovim's built-in client (0.7, as Debian ships it) starts it,
// receives its findings and asks for a hover. Skipped where Neovim is not installed.

const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

const DRAFT = `act "Neovim Act" {
  ethos "People decide."
  actor council: local-authority "the council"
  section 1 "Duty" {
    (1) "The [council] shall publish a plan."
    duty Publish {
      bearer council
      action "publish a plan"
    }
  }
}
`;

describe.skipIf(!hasNeovim)('another LSP client: Neovim', () => {
    it('gets findings and hovers from the same server', () => {
        const folder = fixtureFolder({ 'draft.commons': DRAFT });
        const draft = join(folder, 'draft.commons');
        const results = join(folder, 'results.txt');
        const script = join(folder, 'check.lua');
        writeFileSync(script, `
vim.cmd('edit ${draft}')
local bufnr = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = 'commons', cmd = { '${process.execPath}', '${serverBin}', '--stdio' }, root_dir = '${folder}' })
vim.lsp.buf_attach_client(bufnr, id)
vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(lines, 'finding ' .. (d.code or '')) end
local hover = vim.lsp.get_client_by_id(id).request_sync('textDocument/hover', { textDocument = { uri = vim.uri_from_fname('${draft}') }, position = { line = 6, character = 8 } }, 5000, bufnr)
table.insert(lines, 'hover ' .. ((hover and hover.result and hover.result.contents.value) or ''):gsub('\\n', ' '))
vim.fn.writefile(lines, '${results}')
vim.cmd('qa!')
`);
        const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${script}`], { cwd: folder, encoding: 'utf8', timeout: 40_000 });
        expect(run.status, run.stderr).toBe(0);
        const output = readFileSync(results, 'utf8');
        expect(output).toContain('finding drafting/shall');
        expect(output).toContain('hover **bearer**: Who carries the duty.');
    });
});
