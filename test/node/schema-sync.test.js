// data/timeline.schema.json and src/model/types.ts describe one schema; these tests fail when they drift apart.
import Ajv2020 from 'ajv/dist/2020.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';
import ts from 'typescript';
import { importTs } from '../../scripts/import-ts.js';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const schema = readJson('data/timeline.schema.json');

/** The properties of each interface in types.ts: name → optional? */
function interfacesOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = {};
  const aliases = {};
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) {
      interfaces[node.name.text] = Object.fromEntries(
        node.members
          .filter(ts.isPropertySignature)
          .map((member) => [member.name.getText(source), Boolean(member.questionToken)]),
      );
    }
    if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
      aliases[node.name.text] = node.type.types
        .filter((type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal))
        .map((type) => type.literal.text);
    }
  });
  return { interfaces, aliases };
}

const { interfaces, aliases } = interfacesOf('src/model/types.ts');
const pairs = [
  ['TimelineDocumentJson', schema],
  ['TimelineEventJson', schema.$defs.event],
  ['TimelineSourceJson', schema.$defs.source],
  ['TimelineMediaJson', schema.$defs.media],
];

describe('the JSON Schema and the TypeScript types', () => {
  for (const [name, definition] of pairs) {
    it(`${name} has the schema's properties, required exactly where the type requires them`, () => {
      const fields = interfaces[name];
      assert.ok(fields, `${name} not found in types.ts`);
      assert.deepEqual(Object.keys(definition.properties).sort(), Object.keys(fields).sort());
      const required = Object.keys(fields).filter((field) => !fields[field]);
      assert.deepEqual([...(definition.required ?? [])].sort(), required.sort());
      assert.equal(
        definition.additionalProperties,
        false,
        `${name}: unknown fields are reported, so the schema forbids them`,
      );
    });
  }

  it('Confidence lists the same levels as the schema', () => {
    assert.deepEqual(aliases.Confidence, schema.$defs.confidence.enum);
  });
});

describe('the JSON Schema and the validator', () => {
  let model;
  let validateWithSchema;
  before(async () => {
    model = await importTs('src/model/index.ts');
    validateWithSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  });

  it('accepts the default dataset, as the validator does', () => {
    const dataset = readJson('data/hk-ai-milestones.json');
    assert.equal(validateWithSchema(dataset), true, JSON.stringify(validateWithSchema.errors));
    assert.deepEqual(model.validateTimeline(dataset).diagnostics, []);
    assert.equal(dataset.$schema, './timeline.schema.json');
  });

  const event = { id: 'a', date: '2024-10-28', title: { en: 'A', ko: '가' } };
  const documents = {
    'a minimal document': { events: [event] },
    'an empty document': { events: [] },
    'a full event': {
      $schema: './timeline.schema.json',
      lang: 'en',
      title: 'T',
      description: { en: 'D' },
      events: [
        {
          ...event,
          approximate: true,
          end: '2025',
          description: 'd',
          category: { en: 'Policy' },
          tags: ['x'],
          sources: [{ url: 'https://example.org/', title: { ko: '제목' }, publisher: 'P', date: '2024-12' }],
          media: { image: 'https://example.org/a.png', alt: 'An image' },
          confidence: 'medium',
          importance: 5,
        },
      ],
    },
    'no events': { title: 'x' },
    'events as a string': { events: 'x' },
    'an unknown top-level field': { events: [], colour: 'red' },
    'an event without a title': { events: [{ id: 'a', date: '2024' }] },
    'a month 13': { events: [{ ...event, date: '2024-13' }] },
    'a date with a time': { events: [{ ...event, date: '2024-10-28T00:00Z' }] },
    'EDTF: approximate, uncertain, both': {
      events: ['2014~', '2014-06?', '2014-06-01%'].map((date, i) => ({ ...event, id: `e${i}`, date })),
    },
    'EDTF: a decade, a century, unspecified months and days': {
      events: ['201X', '19XX', '2004-XX', '1985-04-XX'].map((date, i) => ({ ...event, id: `e${i}`, date })),
    },
    'EDTF: intervals, open and unknown ends': {
      events: ['2013/2014', '2004-06~/2006-08?', '2014/..', '../1990', '2014/'].map((date, i) => ({
        ...event,
        id: `e${i}`,
        date,
      })),
    },
    'EDTF: an end with a qualifier': { events: [{ ...event, end: '2026~' }] },
    'EDTF: month 13 with a qualifier': { events: [{ ...event, date: '2014-13~' }] },
    'EDTF: X inside the year': { events: [{ ...event, date: '1X85' }] },
    'EDTF: open at both ends': { events: [{ ...event, date: '../..' }] },
    'EDTF: a qualified decade': { events: [{ ...event, date: '201X~' }] },
    'EDTF: an interval as the end': { events: [{ ...event, end: '2025/2026' }] },
    'EDTF: a season': { events: [{ ...event, date: '2014-21' }] },
    'media with a caption and a credit, and links': {
      events: [
        {
          ...event,
          media: { image: 'https://example.org/a.png', alt: 'A', caption: 'C', credit: { en: 'Photo: X' } },
          links: [
            { url: 'https://www.youtube.com/watch?v=x', kind: 'video', caption: 'V' },
            { url: 'https://example.org/' },
          ],
        },
      ],
    },
    'a link of an unknown kind': {
      events: [{ ...event, links: [{ url: 'https://example.org/', kind: 'embed' }] }],
    },
    'a javascript: link': { events: [{ ...event, links: [{ url: 'javascript:alert(1)' }] }] },
    'an empty title': { events: [{ ...event, title: '' }] },
    'a blank id': { events: [{ ...event, id: ' ' }] },
    'a bad language tag': { events: [{ ...event, title: { 'not a tag': 'x' } }] },
    'a javascript: source': { events: [{ ...event, sources: [{ url: 'javascript:alert(1)' }] }] },
    'a relative source': { events: [{ ...event, sources: [{ url: 'page.html' }] }] },
    'a mailto source': { events: [{ ...event, sources: [{ url: 'mailto:a@example.org' }] }] },
    'a mailto image': { events: [{ ...event, media: { image: 'mailto:a@example.org', alt: 'x' } }] },
    'an image without alt': { events: [{ ...event, media: { image: 'https://example.org/a.png' } }] },
    'a certain confidence': { events: [{ ...event, confidence: 'certain' }] },
    'a string approximate': { events: [{ ...event, approximate: 'yes' }] },
    'importance 1': { events: [{ ...event, importance: 1 }] },
    'importance 0': { events: [{ ...event, importance: 0 }] },
    'importance 6': { events: [{ ...event, importance: 6 }] },
    'importance 2.5': { events: [{ ...event, importance: 2.5 }] },
    'a string importance': { events: [{ ...event, importance: '3' }] },
    'an unknown event field': { events: [{ ...event, colour: 'red' }] },
    'an empty tag': { events: [{ ...event, tags: [''] }] },
    'the partial-errors example': readJson('data/examples/partial-errors.json'),
    'the hostile example': readJson('data/examples/hostile.json'),
    'the empty example': readJson('data/examples/empty.json'),
    'the precision example': readJson('data/examples/precision.json'),
    'the long-text example': readJson('data/examples/long-text.json'),
    'the eras example': readJson('data/examples/eras.json'),
  };
  for (const [name, document] of Object.entries(documents)) {
    it(`agrees with the validator on ${name}`, () => {
      const result = model.validateTimeline(document);
      const clean = result.ok && result.diagnostics.length === 0;
      assert.equal(
        validateWithSchema(document),
        clean,
        JSON.stringify({ schema: validateWithSchema.errors, validator: result.diagnostics }),
      );
    });
  }
});
