import { defineRule, type ApiSource, type Rule, type RuleMeta } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { valueAt, type Resource } from '../../model/resource.js';

/** Where a kind keeps the integer fields the API server checks with ValidateNonnegativeField. */
export interface NonNegativeTarget {
  readonly group: string;
  readonly kind: string;
  /** The object the fields are relative to (`spec`, or `spec.jobTemplate.spec` in a CronJob). */
  readonly base: FieldPath;
  /** Field paths relative to `base`. */
  readonly fields: readonly FieldPath[];
}

export interface NonNegativeRuleOptions {
  readonly id: string;
  readonly description: string;
  /** Inline help, until scripts/rule-pages.ts moves it into the rule's page (then the page is the help). */
  readonly help?: string;
  readonly source: string;
  readonly sources: readonly ApiSource[];
  readonly targets: readonly NonNegativeTarget[];
  /** Why a negative value makes no sense for this family (completes the message). */
  readonly why: string;
}

/**
 * One family of checks, many fields: counts, durations and limits that the API server refuses
 * below zero (`must be greater than or equal to 0`). Each rule states its kinds and fields as a
 * table; the factory walks them the same way for all of them (kube-linter's templates).
 */
export function nonNegativeRule(options: NonNegativeRuleOptions): Rule {
  const meta: RuleMeta = {
    id: options.id,
    severity: 'error',
    origin: 'api-error',
    description: options.description,
    help: options.help,
    fixable: false,
    kinds: [...new Set(options.targets.map((target) => target.kind))],
    source: options.source,
    sources: options.sources,
    messages: {
      negative:
        '{{field}} is {{value}}, but {{why}}, so the API server refuses the {{kind}} (must be greater than or equal to 0); use 0 or a positive number',
    },
  };
  return defineRule({
    meta,
    create(context) {
      const check = (resource: Resource, target: NonNegativeTarget): void => {
        // The base once, and a path only for a report: this runs for every field of every target.
        const base = valueAt(resource.object, target.base);
        for (let at = 0; at < target.fields.length; at++) {
          const field = target.fields[at] as FieldPath;
          const value = valueAt(base, field);
          // Only integers reach validation; other shapes are the decoder's (schema/type's) business.
          if (typeof value !== 'number' || !Number.isInteger(value) || value >= 0) continue;
          context.report({
            resource,
            path: [...target.base, ...field],
            messageId: 'negative',
            data: { field: field.join('.'), value, why: options.why, kind: resource.kind },
          });
        }
      };
      return {
        resource(resource) {
          for (let at = 0; at < options.targets.length; at++) {
            const target = options.targets[at] as NonNegativeTarget;
            if (resource.group === target.group && resource.kind === target.kind) check(resource, target);
          }
        },
      };
    },
  });
}
