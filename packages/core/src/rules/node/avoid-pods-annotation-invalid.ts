import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { isObject } from '../../model/values.js';
import { AVOID_PODS_ANNOTATION, jsonField, jsonStruct, nodeAnnotation, parseJson } from './utils/annotations.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

type Entry = { readonly controller: 'missing' | 'not-controller' | 'ok' };

/** The annotation as the API server decodes it into v1.AvoidPods, or why it cannot. */
function avoidPodsEntries(text: string): { entries: Entry[] } | { error: string } {
  const parsed = parseJson(text);
  if ('error' in parsed) return parsed;
  const avoidPods = jsonStruct(parsed.value);
  if (!avoidPods) return { error: 'it is not a JSON object' };
  const list = jsonField(avoidPods, 'preferAvoidPods');
  if (list !== undefined && list !== null && !Array.isArray(list)) return { error: 'preferAvoidPods is not a list' };
  const entries: Entry[] = [];
  for (const [index, item] of (Array.isArray(list) ? list : []).entries()) {
    const entry = jsonStruct(item);
    const signature = entry && jsonStruct(jsonField(entry, 'podSignature') ?? null);
    const controllerRef = signature ? jsonField(signature, 'podController') : undefined;
    const controller = isObject(controllerRef) ? jsonField(controllerRef, 'controller') : undefined;
    if (
      !signature ||
      (controllerRef !== undefined && controllerRef !== null && !isObject(controllerRef)) ||
      (controller !== undefined && controller !== null && typeof controller !== 'boolean')
    )
      return { error: `entry ${index} is not a PreferAvoidPodsEntry` };
    entries.push({
      controller: !isObject(controllerRef) ? 'missing' : controller === true ? 'ok' : 'not-controller',
    });
  }
  return { entries };
}

export default defineRule({
  meta: {
    id: 'node/avoid-pods-annotation-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Node'],
    description:
      'A Node’s scheduler.alpha.kubernetes.io/preferAvoidPods annotation must be a JSON AvoidPods object whose entries each name a controller.',
    fixable: false,
    sources: [
      { package: CORE, function: 'ValidateAvoidPodsInNodeAnnotations' },
      { package: CORE, function: 'validatePreferAvoidPodsEntry' },
    ],
    messages: {
      json: 'annotation {{annotation}} does not decode as an AvoidPods object ({{reason}}), so the API server refuses the Node; write {"preferAvoidPods":[{"podSignature":{"podController":{…, "controller":true}}}]}, or remove it',
      signatureRequired:
        'entry {{index}} of annotation {{annotation}} has no podSignature.podController, which the API server requires: an entry names the controller whose pods the scheduler should keep off this Node',
      notController:
        'entry {{index}} of annotation {{annotation}} names an owner whose controller is not true; the API server refuses the Node (it must point to a controller); set "controller": true on podController',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['Node'])) return;
        const text = nodeAnnotation(resource, AVOID_PODS_ANNOTATION);
        if (text === undefined) return;
        const annotation = JSON.stringify(AVOID_PODS_ANNOTATION);
        const decoded = avoidPodsEntries(text);
        if ('error' in decoded) {
          // The API server reports a decoding error at metadata.annotations.AvoidPods.
          context.report({
            resource,
            path: ['metadata', 'annotations', 'AvoidPods'],
            messageId: 'json',
            data: { annotation, reason: decoded.error },
          });
          return;
        }
        decoded.entries.forEach((entry, index) => {
          if (entry.controller === 'ok') return;
          context.report({
            resource,
            path: ['metadata', 'annotations', AVOID_PODS_ANNOTATION],
            messageId: entry.controller === 'missing' ? 'signatureRequired' : 'notController',
            data: { annotation, index },
          });
        });
      },
    };
  },
});
