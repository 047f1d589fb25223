// Data must never reach an HTML sink: the lint rules that forbid sinks in src/ really fire, and src/ has none.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const lint = async (code) => {
  const [result] = await eslint.lintText(code, { filePath: 'src/components/timeline/sink-probe.ts' });
  return result.messages.map((message) => message.ruleId);
};

describe('HTML sinks in src/', () => {
  const sinks = {
    unsafeHTML: "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const x = unsafeHTML;\n",
    unsafeSVG: "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const x = unsafeSVG;\n",
    unsafeStatic: "import { unsafeStatic } from 'lit/static-html.js';\nexport const x = unsafeStatic;\n",
    innerHTML: 'export function f(el: Element, s: string) {\n  el.innerHTML = s;\n}\n',
    outerHTML: 'export function f(el: Element, s: string) {\n  el.outerHTML = s;\n}\n',
    insertAdjacentHTML:
      "export function f(el: Element, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
  };
  for (const [name, code] of Object.entries(sinks)) {
    it(`fails the lint on ${name}`, async () => {
      const rules = await lint(code);
      assert.ok(
        rules.includes('no-restricted-imports') || rules.includes('no-restricted-properties'),
        `no rule fired: ${rules}`,
      );
    });
  }

  it('are absent from every source file', () => {
    const files = readdirSync('src', { recursive: true }).filter((file) => String(file).endsWith('.ts'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const text = readFileSync(join('src', String(file)), 'utf8');
      assert.doesNotMatch(
        text,
        /unsafeHTML|unsafeSVG|unsafeStatic|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/,
        String(file),
      );
    }
  });
});
