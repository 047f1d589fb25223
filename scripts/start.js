// npm start: serves the demo page, which loads dist/hk-ai-timeline.js exactly as any outside page would.
import { existsSync } from 'node:fs';
import { serve } from './static-server.js';

if (!existsSync('dist/hk-ai-timeline.js')) {
  console.error('dist/hk-ai-timeline.js is missing: run `npm run build` first (npm start does).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8000);
const server = await serve('.', { port, routes: { '/': 'scripts/demo/index.html' } });
const { port: actual } = server.address();
console.log(`hk-ai-timeline demo: http://127.0.0.1:${actual}/  (Ctrl+C stops it)`);
