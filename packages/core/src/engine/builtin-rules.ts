import { defineRule, type Rule } from './rule.js';

/**
 * Rules whose findings come from reading the input rather than from a check over objects. They
 * are registered like any other rule so configs, suppressions and `podlint rules` treat them alike.
 */
function readingRule(id: string, severity: 'error' | 'warning' | 'info', description: string): Rule {
  return defineRule({
    meta: { id, severity, origin: severity === 'error' ? 'api-error' : 'pitfall', description, fixable: false },
    create: () => ({}),
  });
}

export const readingRules: readonly Rule[] = [
  readingRule('yaml/syntax', 'error', 'The file is not valid YAML or JSON.'),
  readingRule('yaml/duplicate-key', 'error', 'A mapping has the same key twice.'),
  readingRule('yaml/alias-limit', 'error', 'YAML aliases expand to an unreasonable size.'),
  readingRule('yaml/nesting-limit', 'error', 'A document nests mappings and sequences too deeply to read safely.'),
  readingRule('yaml/size-limit', 'error', 'A document has more values than podlint reads in bounded memory.'),
  readingRule('yaml/ignored-document', 'warning', 'kubectl skips a document that follows `...` without its own `---`.'),
  readingRule('yaml/encoding', 'error', 'The file is binary or not valid UTF-8.'),
  readingRule('yaml/template', 'error', 'The file is an unrendered Helm or Go template.'),
  readingRule('manifest/not-an-object', 'error', 'A document or List item is not a Kubernetes object.'),
  readingRule('podlint/unused-disable', 'warning', 'A suppression comment or annotation matched no finding.'),
  readingRule('podlint/unknown-rule-id', 'warning', 'A suppression comment names a rule id that does not exist.'),
  readingRule(
    'podlint/renamed-rule-id',
    'warning',
    'A suppression comment or annotation names a rule by an id it no longer has.',
  ),
  readingRule('podlint/internal-error', 'error', 'A rule failed on this resource.'),
];
