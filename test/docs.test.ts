/**
 * The documentation says nothing that is not so: every rule page's Bad example gets that rule's
 * finding and its Good example gets none, the rule index is current, and the config files,
 * command lines and suppression comments quoted in README.md and docs/ are ones podlint accepts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../packages/core/src/config/config.js';
import { lint } from '../packages/core/src/engine/lint.js';
import { allRules, ruleById } from '../packages/core/src/engine/registry.js';
import { isKubernetesVersion } from '../packages/core/src/release/versions.js';
import { parseCliArgs } from '../packages/cli/src/args.js';
import { examplesOfPage, rulePage, type PageExampleBlock } from '../packages/core/src/docs/pages.js';
import { renderRuleIndex } from '../scripts/rule-pages-render.js';
import { readingRules } from '../packages/core/src/engine/builtin-rules.js';
import { RENAMED_RULES } from '../packages/core/src/engine/renamed-rules.js';
import type { Severity } from '../packages/core/src/types.js';
import { REPO_ROOT } from './support/cli.js';

const readingIds = new Set(readingRules.map((rule) => rule.meta.id));

/** The findings of one rule on an example, with the rule on even when it is not recommended (off by default). */
function findingsOf(example: PageExampleBlock, ruleId: string, severity: Severity): string[] {
  const version = example.kubernetesVersion;
  const result = lint([{ file: 'example.yaml', text: example.code }], {
    rules: { [ruleId]: severity },
    ...(version !== undefined && isKubernetesVersion(version) ? { kubernetesVersion: version } : {}),
    ...(example.old !== undefined ? { old: [{ file: 'old.yaml', text: example.old }] } : {}),
  });
  return result.files
    .flatMap((file) => file.findings)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.range.start.line}: ${finding.message}`);
}

describe('rule pages', () => {
  for (const rule of allRules) {
    const { id } = rule.meta;
    it(`${id}: the Bad example is reported, the Good example is not`, () => {
      const page = rulePage(id);
      assert.ok(page !== undefined, `docs/rules/${id}.md is missing`);
      const examples = examplesOfPage(page);
      // Reading rules report the input itself (a YAML error, a binary file): their pages explain with snippets.
      if (readingIds.has(id)) return;
      assert.ok(
        examples.some((example) => example.kind === 'bad'),
        'the page has a Bad example',
      );
      assert.ok(
        examples.some((example) => example.kind === 'good'),
        'the page has a Good example',
      );
      for (const example of examples) {
        const findings = findingsOf(example, id, rule.meta.severity);
        if (example.kind === 'bad') assert.ok(findings.length > 0, `the Bad example gets no ${id} finding`);
        else assert.deepEqual(findings, [], `the Good example gets ${id} findings`);
      }
    });
  }

  it('docs/rules.md indexes every rule and is current', () => {
    const written = readFileSync(join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
    assert.equal(
      written,
      renderRuleIndex(allRules, RENAMED_RULES),
      'run node --conditions=source --import tsx scripts/rule-pages.ts',
    );
  });
});

/** README.md and every markdown file under docs/, rule pages included. */
function markdownFiles(): string[] {
  const walk = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const path = join(directory, entry.name);
      return entry.isDirectory() ? walk(path) : entry.name.endsWith('.md') ? [path] : [];
    });
  return [join(REPO_ROOT, 'README.md'), ...walk(join(REPO_ROOT, 'docs'))];
}

interface CodeBlock {
  language: string;
  text: string;
  line: number;
}

function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(\w*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^\s*```\s*$/.test(lines[i] ?? '')) body.push(lines[i] ?? '');
    blocks.push({ language: open[1] ?? '', text: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** A block is a config file when it says so or when its top-level keys are config keys. */
function isConfigSnippet(block: CodeBlock): boolean {
  if (block.language !== 'yaml') return false;
  if (/\.podlint\.ya?ml/.test(block.text.split('\n')[0] ?? '')) return true;
  const topLevelKeys = [...block.text.matchAll(/^([A-Za-z]+):/gm)].map((match) => match[1]);
  return (
    topLevelKeys.length > 0 &&
    topLevelKeys.every((key) => key === 'rules' || key === 'kubernetesVersion' || key === 'ignore' || key === 'crds')
  );
}

/** `podlint …` command lines: at the start of a line or after a pipe, `$ ` prompts and comments removed. */
function commandLines(block: CodeBlock): string[][] {
  return block.text.split('\n').flatMap((line) => {
    const commands: string[][] = [];
    for (const part of line.replace(/^\$ /, '').split(/\s*(?:\||&&)\s*/)) {
      const words = part
        .replace(/\s+#.*$/, '')
        .trim()
        .split(/\s+/);
      const at = words.findIndex((word) => word === 'podlint' || word.endsWith('/.bin/podlint'));
      // A synopsis (`podlint [options] <paths>`) shows placeholders, not a command to run.
      if (at === 0 && !words.some((word) => /^[[<]/.test(word))) commands.push(words.slice(1));
    }
    return commands;
  });
}

describe('snippets in README.md and docs/', () => {
  for (const file of markdownFiles()) {
    const name = relative(REPO_ROOT, file);
    const blocks = codeBlocks(readFileSync(file, 'utf8'));
    const configs = blocks.filter(isConfigSnippet);
    const commands = blocks
      .filter((block) => block.language !== 'yaml' && block.language !== 'json')
      .flatMap((block) => commandLines(block).map((args) => ({ args, line: block.line })));
    const disables = blocks.flatMap((block) =>
      [...block.text.matchAll(/podlint-disable(?:-next-line)?\s+([^\n]*?)(?:\s+--.*)?$/gm)].map((match) => ({
        ids: (match[1] ?? '').split(/[\s,]+/).filter(Boolean),
        line: block.line,
      })),
    );
    if (configs.length + commands.length + disables.length === 0) continue;
    it(`${name}: config snippets are valid .podlint.yaml`, () => {
      for (const block of configs) {
        const { errors } = parseConfig(`${name}:${block.line}`, block.text);
        assert.deepEqual(
          errors.map((error) => error.message),
          [],
          `the config at ${name}:${block.line}`,
        );
      }
    });
    it(`${name}: podlint command lines parse`, () => {
      for (const { args, line } of commands) {
        let options: ReturnType<typeof parseCliArgs> | undefined;
        assert.doesNotThrow(() => (options = parseCliArgs(args)), `podlint ${args.join(' ')} (${name}:${line})`);
        if (options?.command === 'rules')
          for (const id of options.paths)
            assert.ok(ruleById(id), `podlint rules ${id} (${name}:${line}): no such rule`);
      }
    });
    it(`${name}: suppression comments name rules that exist`, () => {
      // podlint/unknown-rule-id's page shows a misspelt id on purpose: its Bad example is what that rule reports.
      if (name === join('docs', 'rules', 'podlint', 'unknown-rule-id.md')) return;
      for (const { ids, line } of disables)
        for (const id of ids)
          if (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) assert.ok(ruleById(id), `${id} (${name}:${line}): no such rule`);
    });
  }
});
