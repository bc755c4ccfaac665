import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Parser, type CST } from 'yaml';
import { DOCUMENT_NODE_LIMIT, NESTING_LIMIT } from './limits.js';
import { refusedDocuments } from './prescan.js';
import { scanDocument } from './scan.js';
import { YamlManifestLoader } from './yaml-loader.js';

/** The parser's own answer: each document's content start and first collection past the limit. */
function parsersAnswer(text: string): Array<{ contentStart: number | undefined; tooDeepAt: number | undefined }> {
  const documents: CST.Document[] = [];
  for (const token of new Parser().parse(text)) if (token.type === 'document') documents.push(token);
  return documents.map((document) => ({
    contentStart: document.value?.offset,
    tooDeepAt: scanDocument(document, text, NESTING_LIMIT).tooDeepAt,
  }));
}

/** Every claim of the pre-scan is the parser's; returns how many documents it refused. */
function assertAgrees(text: string, label: string): number {
  const answers = parsersAnswer(text);
  const refused = refusedDocuments(text, DOCUMENT_NODE_LIMIT, NESTING_LIMIT);
  for (const document of refused) {
    assert.ok('tooDeepAt' in document.refusal, label);
    const answer = answers.find((candidate) => candidate.contentStart === document.contentStart);
    assert.ok(answer, `${label}: no document starts at ${document.contentStart}`);
    assert.equal(document.refusal.tooDeepAt, answer.tooDeepAt, label);
  }
  return refused.length;
}

const repeat = (text: string, times: number): string => text.repeat(Math.max(0, times));

/** A chain of `depth` collections in a mix of block styles, the deepest holding a leaf. */
function blockChain(depth: number, seed: number): string {
  let random = seed;
  const next = (n: number): number => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return (random >> 8) % n;
  };
  const kinds = Array.from({ length: depth }, () => (next(2) === 0 ? 'map' : 'seq'));
  const lines: string[] = [];
  // The line so far ends where the next collection starts, at column `indent`.
  let line = '';
  let indent = 0;
  kinds.forEach((kind, level) => {
    const child = kinds[level + 1];
    line += kind === 'map' ? (next(3) === 0 ? 'key:' : 'k:') : '-';
    if (child === undefined) {
      line += ' leaf';
    } else if (kind === 'seq' && next(2) === 0) {
      line += ' ';
      indent = line.length;
    } else {
      lines.push(kind === 'map' && next(4) === 0 ? `${line} # note` : line);
      // A sequence may sit at its key's column; everything else is indented 1 to 3 columns more.
      indent = kind === 'map' && child === 'seq' && next(2) === 0 ? indent : indent + 1 + next(3);
      line = ' '.repeat(indent);
    }
  });
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

describe('deep nesting pre-scan', () => {
  it('finds what the parser finds in deep flow collections', () => {
    for (const depth of [NESTING_LIMIT - 2, NESTING_LIMIT - 1, NESTING_LIMIT, NESTING_LIMIT + 1, 600]) {
      const sequence = `apiVersion: v1\ndata:\n  x: ${repeat('[', depth)}${repeat(']', depth)}\n`;
      const mapping = `data:\n  x: ${repeat('{a: ', depth)}1${repeat('}', depth)} # deep\n`;
      const mixed = `- ${repeat('[{"a": ', depth)}'v'${repeat('}]', depth)}\n`;
      const root = `${repeat('[ ', depth)}${repeat(' ]', depth)}\n`;
      for (const text of [sequence, mapping, mixed, root]) {
        const refused = assertAgrees(text, `${depth}: ${text.slice(0, 30)}`);
        assert.equal(refused, parsersAnswer(text)[0]?.tooDeepAt === undefined ? 0 : 1, text.slice(0, 30));
      }
    }
  });

  it('finds what the parser finds in deep block collections of every style', () => {
    let refusedAny = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const depth = NESTING_LIMIT - 3 + (seed % 8);
      const text = blockChain(depth, seed);
      const refused = assertAgrees(text, `seed ${seed}`);
      if (parsersAnswer(text)[0]?.tooDeepAt !== undefined) assert.equal(refused, 1, `seed ${seed} is refused`);
      refusedAny += refused;
    }
    assert.ok(refusedAny > 20);
  });

  it('refuses only the deep document of a stream, where the parser does', () => {
    const deep = `kind: ConfigMap\ndata:\n  x: ${repeat('[', 300)}${repeat(']', 300)}\n`;
    const text = `%YAML 1.1\n---\nkind: Pod\n--- # a comment\n\n${deep}---\n${blockChain(300, 7)}...\n---\nkind: Secret\n`;
    assert.equal(assertAgrees(text, 'stream'), 2);
  });

  it('leaves to the parser what it does not follow', () => {
    const deep = repeat('[', 300) + repeat(']', 300);
    const unsure = [
      `x: &a ${deep}\n`,
      `x: !!seq ${deep}\n`,
      `${deep}: key\n`,
      `x: ${repeat('[', 300)}\n  ${repeat(']', 300)}\n`,
      `x: |\n  ${deep}\n`,
      `x:\t${deep}\n`,
      `x: ${deep}\r\ny: 1\r\n`,
      `"x": ${deep}\n`,
      `x: ${deep} trailing\n`,
      `x: {{ ${deep} }}\n`,
      `x: 1\n  y: ${deep}\n`,
      `x: ${repeat('[a', 300)}${repeat(']', 300)}\n`,
    ];
    for (const text of unsure) assert.equal(assertAgrees(text, text.slice(0, 20)), 0, text.slice(0, 20));
  });

  it('masks no document after a quote: the lexer looks past document markers for a closing quote', () => {
    const quoted = `x: ${repeat('[{"b": ', 300)}1${repeat('}]', 300)}\n`;
    assert.equal(assertAgrees(`q: "open\n---\n${quoted}`, 'after an open quote'), 0);
    assert.equal(assertAgrees(`${quoted}---\nq: "open\n`, 'before an open quote'), 1);
  });

  it('gives the loader the finding the parser gives, at the same place', () => {
    const text = `kind: Pod\n---\ndata:\n  x: ${repeat('{a: ', 400)}1${repeat('}', 400)}\n---\nkind: Secret\n`;
    const loaded = new YamlManifestLoader().load('deep.yaml', text);
    assert.deepEqual(
      loaded.problems.map(({ ruleId, range }) => [ruleId, range.start.line, range.start.column]),
      [['yaml/nesting-limit', 4, 6 + 4 * (NESTING_LIMIT - 2)]],
    );
    assert.deepEqual(
      loaded.documents.map((document) => document.value),
      [{ kind: 'Pod' }, null, { kind: 'Secret' }],
    );
  });
});
