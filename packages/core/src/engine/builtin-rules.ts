import { NESTING_LIMIT } from '../load/limits.js';
import { defineRule, type Rule } from './rule.js';

/**
 * Rules whose findings come from reading the input rather than from a check over objects. They
 * are registered like any other rule so configs, suppressions and `podlint rules` treat them alike.
 */
function readingRule(id: string, severity: 'error' | 'warning' | 'info', description: string, help: string): Rule {
  return defineRule({
    meta: { id, severity, origin: severity === 'error' ? 'api-error' : 'pitfall', description, help, fixable: false },
    create: () => ({}),
  });
}

export const readingRules: readonly Rule[] = [
  readingRule('yaml/syntax', 'error', 'The file is not valid YAML or JSON.',
    'kubectl cannot read the document, so nothing in it is applied. Fix the syntax at the reported line; other documents of the file are still checked.\n\nBad:\n```yaml\nports: [80, 443\n```\nGood:\n```yaml\nports: [80, 443]\n```'),
  readingRule('yaml/duplicate-key', 'error', 'A mapping has the same key twice.',
    'The API server decodes strictly and rejects duplicate fields; lenient tools silently keep the last value, so what you read is not what is applied. Remove one of the keys.\n\nBad:\n```yaml\nmetadata:\n  name: web\n  name: api\n```\nGood:\n```yaml\nmetadata:\n  name: web\n```'),
  readingRule('yaml/alias-limit', 'error', 'YAML aliases expand to an unreasonable size.',
    'A "billion laughs" document expands a few anchors into millions of nodes and exhausts memory in every tool that reads it. Write the values out, or use fewer nested aliases.'),
  readingRule('yaml/nesting-limit', 'error', 'A document nests mappings and sequences too deeply to read safely.',
    `podlint refuses documents nested deeper than ${NESTING_LIMIT} levels instead of risking a stack overflow; nothing in such a document is checked. Real manifests need fewer than 40 levels: flatten the structure, or check that a generator did not run away.` + '\n\nBad:\n```yaml\ndata:\n  x: [[[[[[ ... ]]]]]]   # thousands of levels\n```\nGood:\n```yaml\ndata:\n  x: "a string"\n```'),
  readingRule('yaml/ignored-document', 'warning', 'kubectl skips a document that follows `...` without its own `---`.',
    'kubectl splits a stream on `---` lines and reads one document from each part, so whatever follows a document end marker `...` up to the next `---` is silently never applied. Start the document with `---`, or delete it.\n\nBad:\n```yaml\nkind: ConfigMap\n...\nkind: Secret\n```\nGood:\n```yaml\nkind: ConfigMap\n---\nkind: Secret\n```'),
  readingRule('yaml/encoding', 'error', 'The file is binary or not valid UTF-8.',
    'kubectl reads manifests as UTF-8 text. Re-save the file as UTF-8, or keep binary files out of manifest folders.'),
  readingRule('yaml/template', 'error', 'The file is an unrendered Helm or Go template.',
    'Template syntax (`{{ ... }}`) is not YAML that the API server can read. Render it first (`helm template … | podlint -`) and lint the output.'),
  readingRule('manifest/not-an-object', 'error', 'A document or List item is not a Kubernetes object.',
    'Every object needs `apiVersion` and `kind` strings at its top level; kubectl refuses a document that has only one of them, a sequence, or a plain value.\n\nBad:\n```yaml\nkind: ConfigMap\nmetadata: {name: settings}\n```\nGood:\n```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n```'),
  readingRule('podlint/unused-disable', 'warning', 'A suppression comment or annotation matched no finding.',
    'Suppressions that no longer match anything hide nothing today but will hide a real problem tomorrow. Remove them. Reported with `--report-unused-disable`.'),
  readingRule('podlint/renamed-rule-id', 'warning', 'A suppression comment or annotation names a rule by an id it no longer has.',
    'Some rules were renamed so that their ids say what problem they report (`immutable/crd` is now `immutable/crd-identity-changed`). The old ids still work in suppression comments, annotations and `.podlint.yaml`, but may stop working in a later release: write the new id the warning names. `podlint rules OLD-ID` shows the rule under its new id.'),
  readingRule('podlint/internal-error', 'error', 'A rule failed on this resource.',
    'A podlint rule threw an exception; this is a podlint bug. The other rules still ran. Please report it with the manifest.'),
];
