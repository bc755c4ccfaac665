import { defineRule } from '../../engine/rule.js';
import { valueAt, type Resource } from '../../model/resource.js';
import { asObject } from '../../model/values.js';
import { nameSyntaxRule, type NameSyntaxRuleOptions } from '../factories/name-syntax.js';

const OPTIONS: Omit<NameSyntaxRuleOptions, 'occurrences'> = {
  id: 'pod/service-account-name-invalid',
  description: "A pod's serviceAccountName must be a DNS subdomain, the syntax of ServiceAccount names.",
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidatePodSpec',
      type: 'Invalid',
      field: 'serviceAccountName',
    },
  ],
  fixable: false,
  syntax: 'dns1123-subdomain',
  subject: 'service account name',
  advice: 'use the name of an existing ServiceAccount (lower-case letters, digits, "-" and ".")',
};

const written = nameSyntaxRule({
  ...OPTIONS,
  podSpecFields: ['serviceAccountName'],
  occurrences: (site) => [{ path: [...site.path, 'serviceAccountName'], value: site.spec.serviceAccountName }],
});

/**
 * Decoding fills an empty serviceAccountName from the deprecated serviceAccount, so the API server
 * validates that one (and names serviceAccountName in its error). On an update it is ignored when
 * the applied object keeps a serviceAccountName of the live one (the admission plugin's `default`).
 */
const deprecated = nameSyntaxRule({
  ...OPTIONS,
  occurrences(site) {
    const name = site.spec.serviceAccountName;
    return (name === undefined || name === null || name === '') && site.spec.serviceAccount !== undefined
      ? [{ path: [...site.path, 'serviceAccount'], value: site.spec.serviceAccount }]
      : [];
  },
});

export default defineRule({
  meta: written.meta,
  create(context) {
    const writtenVisitors = written.create(context);
    const deprecatedVisitors = deprecated.create(context);
    const updated = new Set<Resource>();
    return {
      ...(writtenVisitors.podSpec ? { podSpec: writtenVisitors.podSpec } : {}),
      update(pair) {
        const next = context.updateView(pair).next;
        const keepsName = pair.new.podSpecs.some((site) => {
          const spec = asObject(valueAt(next, site.path));
          return typeof spec?.serviceAccountName === 'string' && spec.serviceAccountName !== '';
        });
        if (keepsName) updated.add(pair.new);
      },
      // After every update visitor, so the updates that keep a serviceAccountName are known.
      input(resources) {
        for (const resource of resources) {
          if (updated.has(resource)) continue;
          for (const site of resource.podSpecs) deprecatedVisitors.podSpec?.(site, resource);
        }
      },
    };
  },
});
