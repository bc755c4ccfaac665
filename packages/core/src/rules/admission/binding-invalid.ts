import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { asObject, goString, isSet, quoteList } from '../../model/values.js';
import { dns1123SubdomainErrors, pathSegmentNameErrors } from '../../schema/names.js';
import { ADMISSION_VALIDATION, bindingSpec, stringList } from './utils/admission.js';

const ACTIONS = ['Audit', 'Deny', 'Warn'];
const NOT_FOUND_ACTIONS = ['Allow', 'Deny'];

export default defineRule({
  meta: {
    id: 'admission/binding-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ValidatingAdmissionPolicyBinding'],
    description:
      'A policy binding needs a valid policyName, unique validationActions (not Deny with Warn) and a complete paramRef.',
    fixable: true,
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateValidatingAdmissionPolicyBindingSpec' },
      { package: ADMISSION_VALIDATION, function: 'validateValidationActions' },
      { package: ADMISSION_VALIDATION, function: 'validateParamRef' },
    ],
    messages: {
      policyRequired:
        'the binding names no policy, so the API server refuses it; set spec.policyName to the name of a ValidatingAdmissionPolicy',
      policyInvalid:
        'policy name {{value}} is not a valid object name ({{reasons}}), so the API server refuses the binding; write the name of the policy',
      actionsRequired:
        'the binding has no validationActions, so a failed validation would do nothing and the API server refuses it (at least one validation action is required); add validationActions: [Deny]',
      actionUnsupported:
        'validation action {{value}} is not supported, so the API server refuses the binding (supported values: {{allowed}}); {{advice}}',
      actionDuplicate:
        'validation action {{value}} is listed twice, so the API server refuses the binding; list it once',
      denyAndWarn:
        'validationActions has both Deny and Warn, which repeat the same failure in the response and its headers, so the API server refuses the binding; keep Deny (or Warn with Audit)',
      nameOrSelector:
        'paramRef has neither name nor selector, so the API server cannot find the parameters and refuses the binding (one of name or selector must be specified); add one',
      nameAndSelector:
        'paramRef has both name and selector, so the API server refuses the binding (name and selector are mutually exclusive); keep one',
      paramNameInvalid:
        'paramRef name {{value}} is not a valid object name ({{reasons}}), so the API server refuses the binding; write the name of the parameter object',
      notFoundActionRequired:
        'paramRef has no parameterNotFoundAction, so the API server refuses the binding; add parameterNotFoundAction: Deny (or Allow)',
      notFoundActionUnsupported:
        'parameterNotFoundAction {{value}} is not supported, so the API server refuses the binding (supported values: {{allowed}}); {{advice}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = bindingSpec(resource);
        if (!spec) return;
        const policyName = goString(spec.policyName);
        if (policyName === '') context.report({ resource, path: ['spec', 'policyName'], messageId: 'policyRequired' });
        else if (policyName !== undefined) {
          const reasons = dns1123SubdomainErrors(policyName);
          if (reasons.length > 0)
            context.report({
              resource,
              path: ['spec', 'policyName'],
              messageId: 'policyInvalid',
              data: { value: JSON.stringify(policyName), reasons: reasons.join('; ') },
            });
        }
        const actions = stringList(spec.validationActions);
        if (actions) {
          const actionsPath = ['spec', 'validationActions'];
          const seen = new Set<string>();
          actions.forEach((action, index) => {
            if (!ACTIONS.includes(action)) {
              const corrected = caseFix(action, ACTIONS, [...actionsPath, index], 'the action');
              context.report({
                resource,
                path: [...actionsPath, index],
                messageId: 'actionUnsupported',
                data: {
                  value: JSON.stringify(action),
                  allowed: quoteList(ACTIONS),
                  advice: corrected ? `write "${corrected.value}"` : 'use Deny, Warn or Audit',
                },
                ...(corrected ? { fix: corrected.fix } : {}),
              });
            }
            if (seen.has(action))
              context.report({
                resource,
                path: [...actionsPath, index],
                messageId: 'actionDuplicate',
                data: { value: JSON.stringify(action) },
              });
            seen.add(action);
          });
          if (seen.has('Deny') && seen.has('Warn'))
            context.report({ resource, path: actionsPath, messageId: 'denyAndWarn' });
          if (seen.size === 0) context.report({ resource, path: actionsPath, messageId: 'actionsRequired' });
        }
        if (!isSet(spec.paramRef)) return;
        const paramRef = asObject(spec.paramRef);
        if (!paramRef) return;
        const name = goString(paramRef.name);
        const hasSelector = isSet(paramRef.selector);
        if (name !== undefined && name !== '') {
          const reasons = pathSegmentNameErrors(name);
          if (reasons.length > 0)
            context.report({
              resource,
              path: ['spec', 'paramRef', 'name'],
              messageId: 'paramNameInvalid',
              data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
            });
          if (hasSelector)
            context.report({ resource, path: ['spec', 'paramRef', 'name'], messageId: 'nameAndSelector' });
        }
        if (name === '' && !hasSelector)
          context.report({ resource, path: ['spec', 'paramRef'], messageId: 'nameOrSelector' });
        const action = goString(paramRef.parameterNotFoundAction);
        const actionPath = ['spec', 'paramRef', 'parameterNotFoundAction'];
        if (action === '') context.report({ resource, path: actionPath, messageId: 'notFoundActionRequired' });
        else if (action !== undefined && !NOT_FOUND_ACTIONS.includes(action)) {
          const corrected = caseFix(action, NOT_FOUND_ACTIONS, actionPath, 'the action');
          context.report({
            resource,
            path: actionPath,
            messageId: 'notFoundActionUnsupported',
            data: {
              value: JSON.stringify(action),
              allowed: quoteList(NOT_FOUND_ACTIONS),
              advice: corrected ? `write "${corrected.value}"` : 'use Deny or Allow',
            },
            ...(corrected ? { fix: corrected.fix } : {}),
          });
        }
      },
    };
  },
});
