import type { Finding, ResourceIdentity } from '@podlint/core';
import type { Formatter } from './formatter.js';

function xml(text: string): string {
  // Characters XML 1.0 does not allow at all (not even escaped) are dropped: controls, U+FFFE/U+FFFF, lone surrogates.
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
}

function resourceName(r: ResourceIdentity | undefined): string {
  if (!r) return '(file)';
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name ?? '(unnamed)'}`;
}

interface TestCase {
  name: string;
  /** Errors and warnings; infos do not fail a test. */
  failures: Finding[];
}

/**
 * JUnit XML: a test suite per file; in it a passing test case per resource without problems, and a
 * test case per resource and rule that fails, with exactly one `<failure>` listing every place
 * (JUnit readers show one failure per test case and drop the rest).
 */
export const junit: Formatter = (files) => {
  let totalTests = 0;
  let totalFailures = 0;
  const suites = files.map((file) => {
    const byResource = new Map<string, Map<string, Finding[]>>(
      file.resources.map((resource) => [resourceName(resource), new Map()]),
    );
    for (const finding of file.findings) {
      const resource = resourceName(finding.resource);
      const byRule = byResource.get(resource) ?? new Map<string, Finding[]>();
      byResource.set(resource, byRule);
      if (finding.severity === 'info') continue;
      // Appended in place: copying the list per finding made a resource with many findings quadratic.
      const list = byRule.get(finding.ruleId);
      if (list) list.push(finding);
      else byRule.set(finding.ruleId, [finding]);
    }
    const cases: TestCase[] = [];
    for (const [resource, byRule] of byResource) {
      if (byRule.size === 0) cases.push({ name: resource, failures: [] });
      for (const [ruleId, failures] of byRule) cases.push({ name: `${resource}: ${ruleId}`, failures });
    }
    const failures = cases.filter((testCase) => testCase.failures.length > 0).length;
    totalTests += cases.length;
    totalFailures += failures;
    const body = cases.map((testCase) => renderCase(file.file, testCase)).join('\n');
    return `  <testsuite name="${xml(file.file)}" tests="${cases.length}" failures="${failures}" errors="0">${body ? `\n${body}\n  ` : ''}</testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="podlint" tests="${totalTests}" failures="${totalFailures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};

function renderCase(file: string, { name, failures }: TestCase): string {
  const open = `    <testcase classname="${xml(file)}" name="${xml(name)}"`;
  const first = failures[0];
  if (!first) return `${open}/>`;
  const places = failures
    .map(
      (finding) =>
        `${file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.message} (${finding.ruleId})`,
    )
    .join('\n');
  const message = failures.length === 1 ? first.message : `${first.message} (and ${failures.length - 1} more)`;
  return `${open}>\n      <failure type="${xml(first.ruleId)}" message="${xml(message)}">${xml(places)}</failure>\n    </testcase>`;
}
