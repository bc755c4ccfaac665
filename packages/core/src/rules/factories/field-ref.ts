import type { RuleContext } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { Resource } from '../../model/resource.js';
import { asObject, quoteList } from '../../model/values.js';
import { fieldPathProblem } from '../../schema/downward-api-field-paths.js';

/**
 * Reports a downward-API `fieldRef` the API server refuses (validateObjectFieldSelector), for the
 * rules of environment variables and of downward API volume files, which differ only in the field
 * paths they allow and in their wording. The rule's messages are `subscript`, `unknown` and
 * `unsupported`; their data is the rule's own `data` plus `fieldPath`, `allowed`, and `reasons` or
 * `detail`.
 */
export function reportFieldRef(
  context: RuleContext,
  resource: Resource,
  fieldRef: unknown,
  refPath: FieldPath,
  allowed: readonly string[],
  data: Readonly<Record<string, string>>,
): void {
  const ref = asObject(fieldRef);
  if (!ref) return;
  const apiVersion = ref.apiVersion ?? 'v1';
  const fieldPath = ref.fieldPath;
  // Empty or mistyped values are Required or type errors that the schema rules report.
  if (typeof apiVersion !== 'string' || typeof fieldPath !== 'string' || fieldPath === '') return;
  const problem = fieldPathProblem(apiVersion === '' ? 'v1' : apiVersion, fieldPath, allowed);
  if (!problem) return;
  const all = { ...data, fieldPath: JSON.stringify(fieldPath), allowed: quoteList(allowed) };
  if (problem.kind === 'subscript')
    context.report({
      resource,
      path: refPath,
      messageId: 'subscript',
      data: { ...all, reasons: problem.reasons.join('; ') },
    });
  else if (problem.kind === 'unknown')
    context.report({
      resource,
      path: [...refPath, 'fieldPath'],
      messageId: 'unknown',
      data: { ...all, detail: problem.detail },
    });
  else context.report({ resource, path: [...refPath, 'fieldPath'], messageId: 'unsupported', data: all });
}
