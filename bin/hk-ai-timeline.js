#!/usr/bin/env node
// The package's command line; the implementation is src/cli/index.ts, built into dist/lib.
import { main } from '../dist/lib/cli/index.js';

process.exitCode = await main(process.argv.slice(2));
