import { defineRule, type ApiSource, type FixIntent, type Rule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { PodSpecSite, Resource } from '../../model/resource.js';
import { preview } from '../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../schema/names.js';

/**
 * kube-linter's template idea for one family of checks: a string field of a pod spec that must be
 * a DNS name. Each rule id stays its own module with its own metadata; this builds the visitor.
 */
export type NameSyntax = 'dns1123-label' | 'dns1123-subdomain';

const SYNTAX_CHECK: Readonly<Record<NameSyntax, (value: string) => string[]>> = {
  'dns1123-label': dns1123LabelErrors,
  'dns1123-subdomain': dns1123SubdomainErrors,
};

/** One written name: where it is, its value, and what else in the object would break if it changed. */
export interface NameOccurrence {
  readonly path: FieldPath;
  readonly value: unknown;
  /**
   * Lower-casing the name is safe: nothing refers to it, or what refers to it compares without case.
   * Asked only of an invalid name: the answer can cost a walk of the whole object.
   */
  renameIsSafe?(): boolean;
  /** An empty string is refused as a name too (the field is a pointer: set means validated). */
  readonly validateEmpty?: boolean;
  /** Names the suggestion must not collide with (the other containers' names). */
  readonly taken?: ReadonlySet<string>;
}

export interface NameSyntaxRuleOptions {
  readonly id: string;
  readonly description: string;
  /** Inline help, until scripts/rule-pages.ts moves it into the rule's page (then the page is the help). */
  readonly help?: string;
  readonly sources: readonly ApiSource[];
  readonly syntax: NameSyntax;
  /** Whether some occurrence can be renamed safely (`renameIsSafe`), so the rule offers fixes. */
  readonly fixable: boolean;
  /** How messages name the field: `container name`, `service account name`. */
  readonly subject: string;
  /** What follows "the API server refuses the object;" in the message: how to fix it. */
  readonly advice: string;
  /** The pod-spec fields the occurrences are read from, when every one is (`RuleMeta.podSpecFields`). */
  readonly podSpecFields?: readonly string[];
  occurrences(site: PodSpecSite, resource: Resource): NameOccurrence[];
}

/** The name a careless spelling most likely meant: lower case, `_`, `.` and spaces as `-` (labels keep dots out). */
export function suggestDnsName(value: string, syntax: NameSyntax): string | undefined {
  const separators = syntax === 'dns1123-label' ? /[_.\s]+/g : /[_\s]+/g;
  const candidate = value.trim().toLowerCase().replace(separators, '-');
  return candidate !== value && SYNTAX_CHECK[syntax](candidate).length === 0 ? candidate : undefined;
}

export function nameSyntaxRule(options: NameSyntaxRuleOptions): Rule {
  const syntaxName =
    options.syntax === 'dns1123-label'
      ? 'an RFC 1123 label (at most 63 characters)'
      : 'an RFC 1123 subdomain (at most 253 characters)';
  return defineRule({
    meta: {
      id: options.id,
      severity: 'error',
      origin: 'api-error',
      description: options.description,
      help: options.help,
      fixable: options.fixable,
      ...(options.podSpecFields ? { podSpecFields: options.podSpecFields } : {}),
      source: options.sources.map((source) => source.function).join(', '),
      sources: options.sources,
      messages: {
        invalid: `{{subject}} {{value}} is not ${syntaxName}: {{reasons}}. The API server refuses the object; {{advice}}`,
      },
    },
    create(context) {
      return {
        podSpec(site, resource) {
          for (const occurrence of options.occurrences(site, resource)) {
            // An empty or absent name is a Required error that schema/required reports; a non-string is schema/type's.
            if (typeof occurrence.value !== 'string' || (occurrence.value === '' && !occurrence.validateEmpty))
              continue;
            const reasons = SYNTAX_CHECK[options.syntax](occurrence.value);
            if (reasons.length === 0) continue;
            const candidate = occurrence.renameIsSafe?.()
              ? suggestDnsName(occurrence.value, options.syntax)
              : undefined;
            const suggestion = candidate !== undefined && !occurrence.taken?.has(candidate) ? candidate : undefined;
            const fix: FixIntent | undefined =
              suggestion === undefined
                ? undefined
                : {
                    description: `Rename it to ${suggestion}`,
                    replaceValues: [{ path: occurrence.path, value: suggestion }],
                  };
            context.report({
              resource,
              path: occurrence.path,
              messageId: 'invalid',
              data: {
                subject: options.subject,
                value: preview(occurrence.value),
                reasons: reasons.join('; '),
                advice: suggestion === undefined ? options.advice : `write ${JSON.stringify(suggestion)}`,
              },
              ...(fix ? { fix } : {}),
            });
          }
        },
      };
    },
  });
}

/**
 * How often `needle` is written in `value`, as a string value or inside a map key (annotation keys
 * such as `container.apparmor.security.beta.kubernetes.io/<name>` name containers): a name written
 * once is referred to by nothing, so renaming it cannot break a reference.
 */
export function countMentions(value: unknown, needle: string): number {
  if (typeof value === 'string') return value === needle ? 1 : 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countMentions(item, needle), 0);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).reduce(
      (sum: number, [key, item]) => sum + (key.includes(needle) ? 1 : 0) + countMentions(item, needle),
      0,
    );
  }
  return 0;
}
