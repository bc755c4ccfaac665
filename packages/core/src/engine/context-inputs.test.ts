import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FastManifestLoader } from '../load/fast-loader.js';
import { InputCrds } from './context-inputs.js';
import { lint, prepareContext, type LintInput } from './lint.js';
import { GADGET_CRD, GADGET_WITH_TYPO } from '../../../../test/fixtures/crds.js';

const WIDGET_CRD = GADGET_CRD.replaceAll('gadget', 'widget')
  .replaceAll('Gadget', 'Widget')
  .replace('group: example.com', 'group: widgets.test');

/** The rule ids and paths of a file's findings. */
function findingsOf(inputs: readonly LintInput[], file: string, context: ReturnType<typeof prepareContext>): string[] {
  const result = lint(
    inputs.filter((input) => input.file === file),
    { context },
  );
  return (result.files.find((entry) => entry.file === file)?.findings ?? []).map((f) => `${f.ruleId} ${f.path}`);
}

describe('InputCrds', () => {
  it('reads only the files whose text can define the group asked for, once', () => {
    const reads: string[] = [];
    const loader = new FastManifestLoader();
    const counting = { load: (file: string, text: string) => (reads.push(file), loader.load(file, text)) };
    const crds = new InputCrds(
      [
        { file: 'gadget.yaml', text: GADGET_CRD },
        { file: 'widget.yaml', text: WIDGET_CRD },
      ],
      counting,
    );
    // Only a whole word can be a group: `example` is part of `example.com` everywhere.
    assert.deepEqual(crds.crdsOf('example'), []);
    assert.deepEqual(reads, []);
    assert.deepEqual(
      crds.crdsOf('widgets.test').map((crd) => crd.name),
      ['widgets.example.com'],
    );
    assert.deepEqual(reads, ['widget.yaml']);
    assert.deepEqual(
      crds.crdsOf('example.com').map((crd) => crd.name),
      ['gadgets.example.com', 'widgets.example.com'],
    );
    assert.deepEqual(reads, ['widget.yaml', 'gadget.yaml']);
    assert.equal(crds.readFile({ file: 'gadget.yaml', text: GADGET_CRD })?.file, 'gadget.yaml');
    assert.equal(crds.readFile({ file: 'gadget.yaml', text: `${GADGET_CRD}\n` }), undefined);
  });

  it('finds a group that escapes spell, as the API server reads it', () => {
    const spellings = [
      GADGET_CRD.replace('group: example.com', 'group: "ex\\u0061mple.com"'),
      GADGET_CRD.replace('group: example.com', 'group: "ex\\x61mple.com"'),
      GADGET_CRD.replace('group: example.com', 'group: "exam\\\n    ple.com"'),
      GADGET_CRD.replace('group: example.com', 'group: "exam\\\r\n    ple.com"').replaceAll(/(?<!\r)\n/g, '\r\n'),
    ];
    for (const spelled of spellings) {
      // Nothing else in the text names the group as written.
      const crd = spelled.replace('name: gadgets.example.com', 'name: gadgets');
      assert.ok(!crd.includes('example.com'));
      const inputs = [
        { file: 'crds/gadget.yaml', text: crd },
        { file: 'apps/gadget.yaml', text: GADGET_WITH_TYPO },
      ];
      const whole = lint(inputs).files.find((file) => file.file === 'apps/gadget.yaml');
      assert.ok(
        whole?.findings.some((finding) => finding.ruleId === 'schema/unknown-field'),
        JSON.stringify(crd),
      );
      const context = prepareContext({}, [inputs[0] as LintInput]);
      assert.deepEqual(
        findingsOf(inputs, 'apps/gadget.yaml', context),
        (whole?.findings ?? []).map((f) => `${f.ruleId} ${f.path}`),
      );
    }
  });
});
