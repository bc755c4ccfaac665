import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { caseFix } from '../../model/fixes.js';
import { asObject, goString, isSet, objectEntries, quoteList, type PlainObject } from '../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../schema/names.js';
import { FLOWCONTROL_VALIDATION, flowSchemaSpec } from './utils/flowcontrol.js';

/** Each subject kind and the member that describes it. */
const MEMBERS: Readonly<Record<string, string>> = { ServiceAccount: 'serviceAccount', User: 'user', Group: 'group' };
const KINDS = Object.keys(MEMBERS).sort();

export default defineRule({
  meta: {
    id: 'flowcontrol/subject-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['FlowSchema'],
    description:
      'A FlowSchema subject needs a supported kind, the member of that kind (serviceAccount, user or group) and no other.',
    fixable: true,
    sources: [
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateFlowSchemaSubject' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateServiceAccountSubject' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateUserSubject' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateGroupSubject' },
    ],
    messages: {
      kindUnsupported:
        'subject kind {{value}} is not supported, so the API server refuses the FlowSchema (supported values: {{allowed}}); {{advice}}',
      memberRequired:
        'a subject of kind {{kind}} needs {{member}}, so the API server refuses the FlowSchema ({{member}} is required when subject kind is {{kind}}); add {{member}} with the name to match',
      memberForbidden:
        '{{member}} belongs to subjects of another kind, so on a {{kind}} subject the API server refuses it ({{member}} is forbidden here); remove it, or change the kind',
      nameRequired:
        'this {{member}} subject has no name, so the API server refuses the FlowSchema; write the name to match ("*" matches all)',
      namespaceRequired:
        'a service account subject needs the namespace of the account, so the API server refuses the FlowSchema (must specify namespace for service account); add namespace',
      nameInvalid:
        '{{what}} {{value}} is not valid ({{reasons}}), so no object can have it and the API server refuses the FlowSchema; write the {{what}} as the object has it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = flowSchemaSpec(resource);
        if (!spec) return;
        for (const [ruleIndex, rule] of objectEntries(spec.rules)) {
          for (const [index, subject] of objectEntries(rule.subjects)) {
            const path: FieldPath = ['spec', 'rules', ruleIndex, 'subjects', index];
            const kind = goString(subject.kind);
            if (kind === undefined) continue;
            const member = MEMBERS[kind];
            if (member === undefined || !Object.hasOwn(MEMBERS, kind)) {
              const kindPath = [...path, 'kind'];
              const corrected = kind === '' ? undefined : caseFix(kind, KINDS, kindPath, 'the subject kind');
              context.report({
                resource,
                path: kindPath,
                messageId: 'kindUnsupported',
                data: {
                  value: JSON.stringify(kind),
                  allowed: quoteList(KINDS),
                  advice: corrected ? `write "${corrected.value}"` : 'use ServiceAccount, User or Group',
                },
                ...(corrected ? { fix: corrected.fix } : {}),
              });
              continue;
            }
            checkMember(subject, kind, member, path);
            for (const other of Object.values(MEMBERS)) {
              if (other !== member && isSet(subject[other]))
                context.report({
                  resource,
                  path: [...path, other],
                  messageId: 'memberForbidden',
                  data: { member: other, kind },
                });
            }
          }
        }

        function checkMember(subject: PlainObject, kind: string, member: string, path: FieldPath): void {
          if (!isSet(subject[member])) {
            context.report({ resource, path: [...path, member], messageId: 'memberRequired', data: { kind, member } });
            return;
          }
          const value = asObject(subject[member]);
          if (!value) return;
          const memberPath = [...path, member];
          const name = goString(value.name);
          if (name === '')
            context.report({ resource, path: [...memberPath, 'name'], messageId: 'nameRequired', data: { member } });
          if (member !== 'serviceAccount') return;
          if (name !== undefined && name !== '' && name !== '*') {
            const reasons = dns1123SubdomainErrors(name);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...memberPath, 'name'],
                messageId: 'nameInvalid',
                data: { what: 'service account name', value: JSON.stringify(name), reasons: reasons.join('; ') },
              });
          }
          const namespace = goString(value.namespace);
          if (namespace === '')
            context.report({ resource, path: [...memberPath, 'namespace'], messageId: 'namespaceRequired' });
          else if (namespace !== undefined) {
            const reasons = dns1123LabelErrors(namespace);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...memberPath, 'namespace'],
                messageId: 'nameInvalid',
                data: { what: 'namespace', value: JSON.stringify(namespace), reasons: reasons.join('; ') },
              });
          }
        }
      },
    };
  },
});
