import type { Finding, ResourceIdentity } from '@podlint/core';
import type { Formatter } from './formatter.js';

function xml(text: string): string {
  // Characters XML 1.0 does not allow at all (not even escaped) are dropped: controls, U+FFFE/U+FFFF, lone surrogates.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
}

function resourceName(r: ResourceIdentity | undefined): string {
  if (!r) return '(file)';
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name ?? '(unnamed)'}`;
}

/** JUnit XML: a test suite per file and a test case per resource; errors and warnings are failures. */
export const junit: Formatter = (files) => {
  const suites = files.map((file) => {
    const byResource = new Map<string, Finding[]>(file.resources.map((resource) => [resourceName(resource), []]));
    for (const finding of file.findings) {
      const key = resourceName(finding.resource);
      // Appended in place: copying the list per finding made a resource with many findings quadratic.
      const list = byResource.get(key);
      if (list) list.push(finding);
      else byResource.set(key, [finding]);
    }
    const cases: string[] = [];
    for (const [name, findings] of byResource) {
      const failing = findings.filter((finding) => finding.severity !== 'info');
      const body = failing
        .map((finding) => `      <failure type="${xml(finding.ruleId)}" message="${xml(finding.message)}">${xml(`${file.file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.message} (${finding.ruleId})`)}</failure>`)
        .join('\n');
      cases.push(failing.length ? `    <testcase classname="${xml(file.file)}" name="${xml(name)}">\n${body}\n    </testcase>` : `    <testcase classname="${xml(file.file)}" name="${xml(name)}"/>`);
    }
    const failures = [...byResource.values()].filter((findings) => findings.some((finding) => finding.severity !== 'info')).length;
    return `  <testsuite name="${xml(file.file)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = suites.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="podlint" tests="${tests}">\n${suites.join('\n')}\n</testsuites>\n`;
};
