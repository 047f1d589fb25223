// npm run check:data -- file.json [more.json …] [--require-complete]
// The CLI's `report` command, compiled from source on the fly so that it needs no build.
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { outputFiles } = await build({
  entryPoints: ['src/cli/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const file = join(await mkdtemp(join(tmpdir(), 'hk-ai-cli-')), 'cli.js');
await writeFile(file, outputFiles[0].text);
const { main } = await import(pathToFileURL(file).href);
process.exitCode = await main(['report', ...process.argv.slice(2)]);
