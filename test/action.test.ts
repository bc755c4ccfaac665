// The GitHub Action (action.yml): its inputs are documented, and its entry point, run with the
// environment that action.yml gives it, lints examples/ and writes the SARIF report.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT, temporaryDirectory } from './support/cli.js';

interface ActionYaml {
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Array<{ id?: string; run?: string; uses?: string; env?: Record<string, string> }> };
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYaml;

/** The step's environment as GitHub would expand it, for these inputs (the rest at their defaults). */
function stepEnvironment(inputs: Record<string, string>, github: Record<string, string> = {}): Record<string, string> {
  const step = action.runs.steps.find((candidate) => candidate.id === 'lint');
  assert.ok(step?.env, 'action.yml has a step `lint` with env');
  const values = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']),
  );
  return Object.fromEntries(
    Object.entries(step.env).map(([name, template]) => [
      name,
      template.replace(/\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}/g, (_, scope: string, key: string) =>
        scope === 'inputs'
          ? (values[key] ?? assert.fail(`action.yml uses an undeclared input ${key}`))
          : (github[key] ?? ''),
      ),
    ]),
  );
}

function runAction(
  inputs: Record<string, string>,
  github: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string; outputs: Record<string, string> } {
  const outputFile = join(temporaryDirectory('podlint-action-'), 'github-output');
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'action', 'run.mjs')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...stepEnvironment(inputs, github), GITHUB_OUTPUT: outputFile },
  });
  let outputs: Record<string, string> = {};
  try {
    outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
  } catch {
    // no outputs written
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
}

describe('the GitHub Action', () => {
  it('documents every input and output, and runs as a composite action', () => {
    assert.equal(action.runs.using, 'composite');
    for (const [name, input] of Object.entries(action.inputs))
      assert.ok(input.description.length > 20, `input ${name} needs a description`);
    for (const [name, output] of Object.entries(action.outputs))
      assert.ok(output.description.length > 10, `output ${name} needs a description`);
    assert.ok(action.runs.steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@')));
  });

  it('lints the paths, writes SARIF with repository-relative locations, sets the outputs and fails on errors', () => {
    const sarifFile = join(temporaryDirectory('podlint-action-'), 'report.sarif');
    const run = runAction({ paths: 'examples', 'sarif-file': sarifFile });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      runs: Array<{
        tool: { driver: { name: string } };
        results: Array<{
          ruleId: string;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>;
        }>;
      }>;
    };
    const results = log.runs[0]?.results ?? [];
    assert.equal(log.runs[0]?.tool.driver.name, 'podlint');
    assert.ok(
      results.some(
        (result) =>
          result.ruleId === 'ports/protocol-unsupported' &&
          result.locations[0]?.physicalLocation.artifactLocation.uri === 'examples/shop/frontend.yaml',
      ),
    );
    assert.ok(
      results.every((result) => result.locations[0]?.physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%'),
    );
    const errors = results.filter((result) => result.level === 'error').length;
    assert.ok(errors > 0);
    assert.deepEqual(run.outputs, {
      'sarif-file': sarifFile,
      'exit-code': '1',
      errors: String(errors),
      warnings: String(results.filter((result) => result.level === 'warning').length),
    });
  });

  it('with fail-on-error false the step passes, and the report is still written', () => {
    const run = runAction({
      paths: 'examples/shop',
      'sarif-file': join(temporaryDirectory('podlint-action-'), 'r.sarif'),
      'fail-on-error': 'false',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.outputs['exit-code'], '1');
  });

  it("compares with the pull request's base on pull requests, with an explicit base otherwise", () => {
    const sarifFile = join(temporaryDirectory('podlint-action-'), 'r.sarif');
    const pullRequest = runAction(
      { paths: 'examples', 'sarif-file': sarifFile },
      { base_ref: 'no-such-branch-podlint-test' },
    );
    assert.match(pullRequest.stdout, /^podlint --format sarif --base origin\/no-such-branch-podlint-test /m);
    assert.equal(pullRequest.status, 2, 'an unknown base is a usage error');
    const explicit = runAction({
      paths: 'examples',
      'sarif-file': sarifFile,
      base: 'HEAD',
      args: '--rule "ports/*=off"',
    });
    assert.match(explicit.stdout, /^podlint --format sarif --base HEAD --rule ports\/\*=off -- examples$/m);
    assert.equal(explicit.status, 1, explicit.stderr);
  });
});
