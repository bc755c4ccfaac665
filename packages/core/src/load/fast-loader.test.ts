import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertSameAsPrecise, fast } from '../../test/support/both-paths.js';
import { FastManifestLoader, implicitScalarTags } from './fast-loader.js';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web # the name
  labels: {app: web, tier: "front"}
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.27
          args: ["--port", '8080', --verbose]
          command:
            - sh
            - -c
            - |
              echo start && exec nginx
          env:
            - name: EMPTY
            - name: MULTI
              value: >-
                folded
                text
`;

describe('FastManifestLoader', () => {
  it('reads ordinary manifests on the fast path, with the positioned values and positions', () => {
    for (const text of [
      deployment,
      `---\n${deployment}---\n# only a comment\n---\n${deployment}`,
      deployment.replace(/\n/g, '\r\n'),
    ]) {
      assert.ok(fast.readFast('a.yaml', text), 'fast path');
      assertSameAsPrecise(text);
    }
  });

  it('reads YAML 1.1 scalars as the positioned loader does', () => {
    const scalars = [
      'y',
      'Y',
      'yes',
      'No',
      'on',
      'OFF',
      'true',
      'False',
      '~',
      'null',
      'Null',
      '',
      '0755',
      '0o755',
      '0x1F',
      '0b101',
      '-0',
      '+12',
      '1_000',
      '012_3',
      '1.5',
      '1.50',
      '.5',
      '1e3',
      '-1.2E-3',
      '.inf',
      '-.Inf',
      '.nan',
      '1:30',
      '190:20:30',
      '2024-01-02',
      '2001-12-14t21:59:43.10-05:00',
      '12345678901234567890',
      '0.',
      '"on"',
      "'0755'",
      '!!str 12',
    ];
    const text = scalars.map((scalar, i) => `k${i}: ${scalar}\n`).join('');
    assertSameAsPrecise(text);
    assertSameAsPrecise(`- ${scalars.join('\n- ')}\n`);
    // Keys read the same way: `on` is the key "true", `1.50` the key "1.5".
    assertSameAsPrecise('on: a\n1.50: b\n0x10: c\n"null": d\n');
  });

  it('tries the YAML 1.1 tags on the plain scalars that can start one of them, all read from these patterns', () => {
    // IMPLICIT_FIRST_CHARACTERS was read from these: if eemeli/yaml changes them, read them again.
    assert.deepEqual(
      implicitScalarTags().map((tag) => String(tag.test)),
      [
        '/^(?:~|[Nn]ull|NULL)?$/',
        '/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/',
        '/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/',
        '/^[-+]?0b[0-1_]+$/',
        '/^[-+]?0[0-7_]+$/',
        '/^[-+]?[0-9][0-9_]*$/',
        '/^[-+]?0x[0-9a-fA-F_]+$/',
        '/^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/',
        '/^(?:\\.[0-9]+|[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?|[-+]\\.[0-9_]*[0-9][0-9_]*)[eE][-+]?[0-9]+$/',
        '/^(?:\\.[0-9]+|[-+]?[0-9][0-9_]*\\.[0-9_]*|[-+]\\.[0-9_]*[0-9][0-9_]*)$/',
      ],
    );
    assertSameAsPrecise('a: e5\nb: E-2\nc: e\nd: eel\ne: .\nf: -\ng: +1\nh: ~x\n');
  });

  it('reads plain floats as go-yaml does, not as the YAML 1.1 patterns of eemeli/yaml would', () => {
    // The oracle (kubectl's reading) keeps these strings, and decodes those numbers.
    const strings = ['.', '-.', '+.', '._', '-._', '._5', '.e5', '._e5', 'e5', 'E5', '-e5', '+e5', '1.5e'];
    const numbers: Array<[string, number]> = [
      ['1.', 1],
      ['.5', 0.5],
      ['-._5', -0.5],
      ['1_.5', 1.5],
      ['1.e5', 100000],
      ['1_e5', 100000],
      ['.5e+3', 500],
      ['+.5e3', 500],
      ['685.230_15e+03', 685230.15],
    ];
    const text = [...strings, ...numbers.map(([scalar]) => scalar)].map((scalar, i) => `k${i}: ${scalar}\n`).join('');
    const value = new FastManifestLoader().load('a.yaml', text).documents[0]?.value as Record<string, unknown>;
    strings.forEach((scalar, i) => assert.equal(value[`k${i}`], scalar, scalar));
    numbers.forEach(([scalar, number], i) => assert.equal(value[`k${strings.length + i}`], number, scalar));
    assertSameAsPrecise(text);
  });

  it('gives the same documents for empty streams, comments and bare separators', () => {
    for (const text of [
      '',
      '\n\n',
      '# a comment\n',
      '---\n',
      '---\n---\n',
      'a: 1\n---\n',
      '--- # c\na: 1\n',
      'null\n',
      '~',
    ]) {
      assertSameAsPrecise(text);
    }
  });

  it('leaves what it does not read exactly as kubectl does to the positioned loader, with the same result', () => {
    const cases = [
      'a: &x 1\n<<: {b: 2}\n',
      '<< : {b: 2}\na: 1\n',
      'a: {<<: {b: 2}}\n',
      '- <<\t: {b: 2}\n',
      'a: !!int "5"\nb: !custom x\n',
      'a: !!str 5\n',
      'a: ! 5\nb: ! {c: 1}\nc: !<tag:yaml.org,2002:str> 6\n',
      'a:\n  - !!str 5\n  - [!!str 6]\n',
      'a: &x !!str 5\n',
      'a:\n  !!map\n  b: 1\n',
      '? a\n: b\n',
      'a: {? b: c}\n',
      '- ? a\n  : b\n',
      '? [a, b]\n: c\n',
      '[a]: b\n',
      'a: {{ .Values.x }}\n',
      'a: 1\n...\nb: 2\n',
      '%YAML 1.1\n---\na: 1\n',
      '--- {a: 1}\n',
      'a: "\\uD800"\n',
      'a: "\\U0001F600"\n',
      '\uFEFFa: 1\n',
      'a: 1\rb: 2\n',
      'a: b\u0085c\n',
      'a: "x\u0007"\n',
      '~: a\n',
      'a: 1\na: 2\n',
      '1: a\n"1": b\n',
      'on: a\ntrue: b\n',
      'a: [1, 2\n',
      "a: 'first\nsecond'\n",
      "description: 'one\n  two'\n",
      'a:\tb\n',
      'a:\n\t- b\n',
      'key: value: other\n',
      'a: @b\n',
      'a: "\\q"\n',
      'a: *unknown\n',
      `${'['.repeat(200)}${']'.repeat(200)}\n`,
      `a:\n${Array.from({ length: 150 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n`,
    ];
    for (const text of cases) assertSameAsPrecise(text);
    assert.equal(fast.readFast('a.yaml', cases[0] ?? ''), undefined, 'a merge key');
    assert.equal(fast.readFast('a.yaml', 'a: 1\na: 2\n'), undefined, 'duplicate keys');
    // `!` and `?` inside a scalar are text: such files stay on the fast path.
    const prose = "rule: '(self.a != 1) ? size(x) * 2 : 0'\nnote: why ? because, !important && !x\n";
    assert.ok(fast.readFast('a.yaml', prose));
    assertSameAsPrecise(prose);
    // Only an alias that names an anchor makes a pair: not `&&` and `**bold**` in text, nor an alias js-yaml refuses.
    const markdown = "rule: 'a\n  && b'\ndescription: |\n  - **Classic** preemption\n";
    assert.ok(fast.readFast('a.yaml', markdown));
    assertSameAsPrecise(markdown);
    assertSameAsPrecise('a: &x 1\nb: *y\n');
    // `<<` is a merge key only before a colon: in a scalar (a Prometheus adapter's `<<.Series>>`) it is text.
    for (const text of [
      'query: |\n  sum(<<.Series>>{<<.LabelMatchers>>})\n',
      "a: <<\nb: 'x << y'\nc: [<<]\n",
      '"<<": 1\n',
    ]) {
      assert.ok(fast.readFast('a.yaml', text), text);
      assertSameAsPrecise(text);
    }
    assert.equal(fast.readFast('a.yaml', '<< : {b: 2}\n'), undefined, 'a merge key with a space before its colon');
  });

  it('reads a few aliases that name anchors with js-yaml, positioned by the syntax tree', () => {
    const labels = 'metadata:\n  labels: &labels\n    app: web\nspec:\n  selector:\n    matchLabels: *labels\n';
    for (const text of [
      'a: &x {b: 1}\nc: *x\n',
      '- &x 1\n- *x\n',
      'a: [&x 1, *x]\nb: {c: &y 2, d: *y}\n',
      'a:\n  &x\n  b: 1\nc:\n  *x\n',
      `${labels}---\nkind: ConfigMap\ndata:\n  x: y\n`,
      // Nested aliases, 9 in all: 27 values from one anchor, far below the expansion limits.
      'a: &a [1, 2, 3]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c]\n',
    ]) {
      assert.ok(fast.readFast('a.yaml', text), text);
      assertSameAsPrecise(text);
    }
    // As eemeli/yaml's toJS does, an alias is the anchored value itself, not a copy.
    const [document] = fast.load('a.yaml', labels).documents;
    const value = document?.value as { metadata: { labels: unknown }; spec: { selector: { matchLabels: unknown } } };
    assert.equal(value.spec.selector.matchLabels, value.metadata.labels);
    const deep = (inner: string): string => `${'['.repeat(100)}${inner}${']'.repeat(100)}`;
    for (const text of [
      // More aliases than the fast path takes, an alias inside its own anchor, and aliases that nest
      // the value past the nesting limit: the positioned loader reports the last two.
      `a: &a 1\nb: [${Array.from({ length: 13 }, () => '*a').join(', ')}]\n`,
      'a: &x\n  b: *x\n',
      `a: &a ${deep('1')}\nb: &b ${deep('*a')}\nc: ${deep('*b')}\n`,
    ]) {
      assert.equal(fast.readFast('a.yaml', text), undefined, text.slice(0, 40));
      assertSameAsPrecise(text);
    }
  });

  it('searches for tags, explicit keys and aliases only texts with a document the block reader left to js-yaml', () => {
    // In a block scalar they are text, and the block reader reads every document: the fast path keeps them.
    const script = 'script: |\n  ? not a key\n  - !!str not a tag\n  &x echo *x\n---\nb: [c]\n';
    assert.ok(fast.readFast('a.yaml', script));
    assertSameAsPrecise(script);
    // A later document the block reader gives up on (a tag, an anchor with its alias, an explicit key)
    // sends the whole file to the positioned loader, as a text with a tab or a carriage return does.
    for (const text of [
      `${script}---\nd: !!str 5\n`,
      `${script}---\nd: &z {e: 1}\nf: *z\n`,
      `${script}---\n? g\n: h\n`,
      'a: |\n  \tx\nb: !!str 5\n',
      'a: 1\r\nb: !!str 5\r\n',
    ]) {
      assert.equal(fast.readFast('a.yaml', text), undefined, text);
      assertSameAsPrecise(text);
    }
  });

  it('searches only the documents js-yaml reads for what js-yaml reads otherwise (`\\/`, `[:d]`)', () => {
    // Refused by the oracle (go-yaml-scalars.test.ts, refused-nodes.test.ts). The block reader gives up
    // on them; a carriage return keeps it off, so that js-yaml reads these texts first.
    for (const text of ['v: "a\\/b"\n', 'a: [a, :d]\n', 'v: "a\\/b"\r\n', 'a: [:d]\r\n', 'a: {b: :c}\r\n']) {
      assert.equal(fast.readFast('a.yaml', text), undefined, text);
      assertSameAsPrecise(text);
    }
    // An IPv6 range and `\\/` in a regular expression, where no parser takes them for anything else.
    const text = "cidrs: fd00::/8,10.0.0.0/8\npattern: '^a\\/b$'\nplain: a\\/b\nblock: |\n  x\\/y\n";
    assert.ok(fast.readFast('a.yaml', text), text);
    assertSameAsPrecise(text);
  });

  it('positions plain and quoted scalars over several lines as the positioned loader does', () => {
    const texts = [
      'a: one\n  two\n\n  three   \nb: x\n',
      'a:\n  - one\n    two # c\n  - k: v\n     w\n',
      'a: \'one\n  two\n\n   three\'  # c\nb: "x\\\n  y \\"z\\" \n  w"\n',
      '- \'one\n  two\'\n- "a\n b"\n',
      'spec:\n  description: "The name.\n    More text, with: colons and # hashes."\n  type: string\n',
      'a: one\n  [two]\nb: one\n  - two\n',
    ];
    for (const text of texts) {
      assert.ok(fast.readFast('a.yaml', text), text);
      assertSameAsPrecise(text);
    }
  });

  it('positions keys that look like numbers as the positioned loader does (e1 is a string, 1e1 a number)', () => {
    for (const text of [
      'metadata:\n  labels:\n    e1: x\n',
      'a:\n  E12: x\nb:\n  e-5: y\n',
      'a:\n  1e1: x\n  .5: y\n',
    ]) {
      assert.ok(fast.readFast('a.yaml', text), text);
      assertSameAsPrecise(text);
    }
  });

  it('positions a quoted scalar that the positioned loader repairs as the whole-file read does', () => {
    const text = "spec:\n  description: 'The name. It is rejected\n  if it exists.'\n  type: string\n";
    assert.ok(fast.readFast('a.yaml', text), 'js-yaml reads unindented continuation lines, as go-yaml does');
    assertSameAsPrecise(text);
  });

  it('positions a later document from its own part of the text, at its place in the file', () => {
    const text = `${deployment}---\n${deployment}`;
    const second = fast.readFast('a.yaml', text)?.documents[1];
    assert.ok(second);
    const kind = text.indexOf('kind:', deployment.length);
    assert.deepEqual(second.locate(['kind']).start, { line: 27, column: 1, offset: kind });
    assertSameAsPrecise(text);
  });
});
