// Compiles the DOM-free model (TypeScript) for Node, so Node tests run the same validator as the browser.
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importModel() {
  const { outputFiles } = await build({
    entryPoints: ['src/model/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const file = join(await mkdtemp(join(tmpdir(), 'hk-ai-model-')), 'model.js');
  await writeFile(file, outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
