/**
 * Reporting helpers shared by the immutable-field rules, so every finding reads the same way:
 * which field, old → new, why the API server refuses it, and the way out.
 */
import type { RuleContext, UpdatePair } from '../../../engine/rule.js';
import { formatPath, type FieldPath } from '../../../model/path.js';
import type { Resource } from '../../../model/resource.js';
import { capped, change, valueAtPath, type Difference } from '../../../update/update-view.js';

/** Whether the pair is an update of this kind in one of these API groups. */
export function isUpdateOf(pair: UpdatePair, kind: string, groups: readonly string[]): boolean {
  return (
    pair.new.kind === kind &&
    pair.old.kind === kind &&
    groups.includes(pair.new.group) &&
    groups.includes(pair.old.group)
  );
}

/**
 * A note for values the user did not write: the new manifest does not set the field, so the
 * value compared is the old one being removed, or a default the API server fills in.
 */
export function provenance(resource: Resource, difference: Difference): string {
  if (valueAtPath(resource.object, difference.path) !== undefined) return '';
  if (difference.new === undefined) return ' (the new manifest no longer sets it)';
  return ' (the API server fills in this default because the new manifest does not set the field)';
}

/** `spec.serviceName changes "db" → "db-headless"`. */
export function changed(resource: Resource, difference: Difference): string {
  return `${formatPath(difference.path)} changes ${change(difference.old, difference.new)}${provenance(resource, difference)}`;
}

/**
 * The messages of the immutable-field rules. Each rule words its refusal itself (which field, old →
 * new, the server's error, the way out), so the template carries that text and the count of the
 * changes not listed.
 */
export const IMMUTABLE_MESSAGES = {
  immutableChange: '{{change}}{{more}}',
} as const;

/** A message of the rule's own `meta.messages`; its template ends with `{{more}}`. */
export interface ImmutableMessage {
  messageId: string;
  data: Record<string, string | number | boolean>;
}

/**
 * Reports each difference (at most a few; the last one counts the rest), with a message built
 * from the difference and a shared reason: the rule's own message, or text for `immutableChange`.
 */
export function reportDifferences(
  context: RuleContext,
  resource: Resource,
  list: readonly Difference[],
  message: (difference: Difference) => string | ImmutableMessage,
): void {
  const { shown, omitted } = capped(list);
  shown.forEach((difference, i) => {
    const more =
      omitted > 0 && i === shown.length - 1
        ? ` (${omitted} more changed field${omitted === 1 ? '' : 's'} not listed)`
        : '';
    const described = message(difference);
    if (typeof described === 'string')
      context.report({
        resource,
        path: difference.path,
        messageId: 'immutableChange',
        data: { change: described, more },
      });
    else
      context.report({
        resource,
        path: difference.path,
        messageId: described.messageId,
        data: { ...described.data, more },
      });
  });
}

export function report(context: RuleContext, resource: Resource, path: FieldPath, message: string): void {
  context.report({ resource, path, messageId: 'immutableChange', data: { change: message, more: '' } });
}

/** The usual way out for objects that must be replaced. */
export function recreateHint(kind: string, resource: Resource): string {
  const name = resource.name ?? '<name>';
  return `delete and re-create the ${kind} (\`kubectl replace --force -f <file>\`, or \`kubectl delete ${kind.toLowerCase()} ${name}\` then apply), or give it a new name`;
}
