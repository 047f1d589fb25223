// npm run check:data -- file.json [more.json …] [--require-complete]
// The command line's `report`, compiled from source on the fly so that it needs no build.
import { importTs } from './import-ts.js';

const { main } = await importTs('src/cli/index.ts');
process.exitCode = await main(['report', ...process.argv.slice(2)]);
