// The README's posters (docs/poster.<lang>.svg) are written by `npm run posters` from the default dataset: they
// must match what the renderer draws today.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { posters } from '../../scripts/posters.js';

describe("the README's posters", () => {
  it('are up to date with the dataset and the renderer (else run npm run posters)', async () => {
    for (const [file, svg] of await posters())
      assert.equal(readFileSync(file, 'utf8'), svg, `${file} is stale`);
  });
});
