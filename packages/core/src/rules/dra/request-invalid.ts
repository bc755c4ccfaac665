import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import { caseFix } from '../../model/fixes.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, goString, isSet, objectEntries, preview, quoteList, type PlainObject } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { celCompileProblem } from '../../model/cel.js';
import {
  DEVICE_CEL_VARIABLES,
  deviceClaim,
  labelProblems,
  RESOURCE_DECLARATIVE,
  RESOURCE_VALIDATION,
} from './utils/dra.js';

const MODES = ['All', 'ExactCount'];

export default defineRule({
  meta: {
    id: 'dra/request-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A device request needs a unique DNS-label name and exactly one of exactly or firstAvailable, each with a valid deviceClassName, count and selectors.',
    fixable: true,
    kinds: ['ResourceClaim', 'ResourceClaimTemplate'],
    sources: [
      { package: RESOURCE_VALIDATION, function: 'validateDeviceRequest' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceSubRequest' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceClass' },
      { package: RESOURCE_VALIDATION, function: 'validateDeviceAllocationMode' },
      { package: RESOURCE_VALIDATION, function: 'validateSelector' },
      { package: RESOURCE_DECLARATIVE, function: 'Validate_DeviceSubRequest', field: 'deviceClassName' },
    ],
    messages: {
      nameInvalid:
        'request name {{value}} is not a DNS label ({{reasons}}), so the API server refuses the claim; use a lowercase name such as "gpu"',
      duplicate:
        'request name {{value}} is used by another request of this claim, so the API server refuses it (Duplicate value); give each request its own name',
      exactlyOne:
        'this request has {{which}}, so the API server refuses the claim (exactly one of `exactly` or `firstAvailable` is required); {{advice}}',
      classRequired:
        'this request names no deviceClassName, so the API server cannot tell which devices it wants and refuses the claim; add the name of a DeviceClass',
      classInvalid:
        'deviceClassName {{value}} is not a valid DeviceClass name ({{reasons}}), so the API server refuses the claim; write the name of a DeviceClass',
      modeUnsupported:
        'allocationMode {{value}} is not supported, so the API server refuses the claim (supported values: {{allowed}}); {{advice}}',
      countNotPositive:
        'count {{value}} is not positive, so the API server refuses the claim (must be greater than zero); ask for at least 1 device, or leave count out for 1',
      countWithAll:
        "count {{value}} makes no sense with allocationMode All, which takes every matching device, so the API server refuses the claim (must not be specified when allocationMode is 'All'); remove count",
      celRequired:
        'this selector has no cel, so the API server refuses the claim (Required value); add cel: {expression: ...}',
      celCannotCompile:
        'selector expression {{value}} cannot compile ({{reason}}), so the API server refuses the claim; write a condition on device, e.g. device.driver == "gpu.example.com"',
      celBlank:
        'this selector expression is empty, which does not compile, so the API server refuses the claim; write a CEL condition such as device.driver == "gpu.example.com"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const found = deviceClaim(resource);
        if (!found) return;
        const seen = new Set<string>();
        for (const [index, request] of objectEntries(found.claim.requests)) {
          const path: FieldPath = [...found.path, 'requests', index];
          const name = goString(request.name);
          checkName(name, [...path, 'name']);
          if (name !== undefined && seen.has(name))
            context.report({ resource, path, messageId: 'duplicate', data: { value: JSON.stringify(name) } });
          if (name !== undefined) seen.add(name);
          const hasExactly = isSet(request.exactly);
          const alternatives = asArray(request.firstAvailable);
          const hasFirstAvailable = alternatives.length > 0;
          if (hasExactly === hasFirstAvailable) {
            context.report({
              resource,
              path,
              messageId: 'exactlyOne',
              data: {
                which: hasExactly ? 'both exactly and firstAvailable' : 'neither exactly nor firstAvailable',
                advice: hasExactly ? 'keep one of them' : 'add exactly: {deviceClassName: …}',
              },
            });
            continue;
          }
          if (hasExactly) {
            const exactly = request.exactly;
            if (typeof exactly === 'object' && exactly !== null && !Array.isArray(exactly))
              checkDevices(exactly as PlainObject, [...path, 'exactly']);
            continue;
          }
          const subNames = new Set<string>();
          for (const [subIndex, alternative] of objectEntries(request.firstAvailable)) {
            const subPath: FieldPath = [...path, 'firstAvailable', subIndex];
            const subName = goString(alternative.name);
            checkName(subName, [...subPath, 'name']);
            if (subName !== undefined && subNames.has(subName))
              context.report({
                resource,
                path: subPath,
                messageId: 'duplicate',
                data: { value: JSON.stringify(subName) },
              });
            if (subName !== undefined) subNames.add(subName);
            checkDevices(alternative, subPath);
          }
        }

        function checkName(name: string | undefined, path: FieldPath): void {
          if (name === undefined) return;
          const reasons = labelProblems(name);
          if (reasons.length > 0)
            context.report({
              resource,
              path,
              messageId: 'nameInvalid',
              data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
            });
        }

        function checkDevices(request: PlainObject, path: FieldPath): void {
          const className = goString(request.deviceClassName);
          if (className === '')
            context.report({ resource, path: [...path, 'deviceClassName'], messageId: 'classRequired' });
          else if (className !== undefined) {
            const reasons = dns1123SubdomainErrors(className);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...path, 'deviceClassName'],
                messageId: 'classInvalid',
                data: { value: JSON.stringify(className), reasons: reasons.join('; ') },
              });
          }
          // v1 defaulting: an empty mode is ExactCount, and an ExactCount request without a count asks for 1.
          const mode = goString(request.allocationMode) === '' ? 'ExactCount' : goString(request.allocationMode);
          const count = request.count === undefined || request.count === null ? 0 : asInteger(request.count);
          if (mode === 'All') {
            if (count !== undefined && count !== 0)
              context.report({ resource, path: [...path, 'count'], messageId: 'countWithAll', data: { value: count } });
          } else if (mode === 'ExactCount') {
            if (count !== undefined && count < 0)
              context.report({
                resource,
                path: [...path, 'count'],
                messageId: 'countNotPositive',
                data: { value: count },
              });
          } else if (mode !== undefined) {
            const modePath = [...path, 'allocationMode'];
            const corrected = caseFix(mode, MODES, modePath, 'the allocation mode');
            context.report({
              resource,
              path: modePath,
              messageId: 'modeUnsupported',
              data: {
                value: JSON.stringify(mode),
                allowed: quoteList(MODES),
                advice: corrected ? `write "${corrected.value}"` : 'use ExactCount (with count) or All',
              },
              ...(corrected ? { fix: corrected.fix } : {}),
            });
          }
          for (const [selectorIndex, selector] of objectEntries(request.selectors)) {
            const selectorPath: FieldPath = [...path, 'selectors', selectorIndex];
            if (!isSet(selector.cel)) {
              context.report({ resource, path: [...selectorPath, 'cel'], messageId: 'celRequired' });
              continue;
            }
            const cel = selector.cel;
            const expression = typeof cel === 'object' && cel !== null ? (cel as PlainObject).expression : undefined;
            if (
              expression === undefined ||
              expression === null ||
              (typeof expression === 'string' && expression.trim() === '')
            )
              context.report({ resource, path: [...selectorPath, 'cel', 'expression'], messageId: 'celBlank' });
            else if (typeof expression === 'string') {
              const reason = celCompileProblem(expression, DEVICE_CEL_VARIABLES, 'bool');
              if (reason !== undefined)
                context.report({
                  resource,
                  path: [...selectorPath, 'cel', 'expression'],
                  messageId: 'celCannotCompile',
                  data: { value: preview(expression), reason },
                });
            }
          }
        }
      },
    };
  },
});
