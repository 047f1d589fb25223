// Compiles a TypeScript entry point of src/ for Node with esbuild and imports it, so Node-side tools and tests run
// the same code as the browser without a build.
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entryPoint) {
  const { outputFiles } = await build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const file = join(await mkdtemp(join(tmpdir(), 'hk-ai-')), 'module.js');
  await writeFile(file, outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
