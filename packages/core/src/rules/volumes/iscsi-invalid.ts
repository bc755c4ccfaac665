import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';
import { singleSourceVolumes } from './utils/volume-files.js';

const SOURCE = {
  package: 'k8s.io/kubernetes/pkg/apis/core/validation',
  function: 'validateISCSIVolumeSource',
} as const;
// Go's regular expressions of the API server: the iqn one is anchored at the end only.
const IQN = /iqn\.[0-9]{4}-[0-9]{2}\.([A-Za-z0-9.-]+)(:[^,;*&$|\t\n\f\r ]+)$/;
const EUI = /^eui.[A-Za-z0-9]{16}$/;
const NAA = /^naa.[A-Za-z0-9]{32}$/;

/** Why an iSCSI qualified name (iqn.…, eui.… or naa.…) is refused, or undefined. */
function iscsiNameProblem(name: string): string | undefined {
  if (name.startsWith('iqn'))
    return IQN.test(name) ? undefined : 'it is not an iqn name (iqn.YYYY-MM.reversed.domain:identifier)';
  if (name.startsWith('eui'))
    return EUI.test(name) ? undefined : 'it is not an eui name (eui. and 16 letters or digits)';
  if (name.startsWith('naa'))
    return NAA.test(name) ? undefined : 'it is not an naa name (naa. and 32 letters or digits)';
  return 'it must start with iqn, eui or naa';
}

export default defineRule({
  meta: {
    id: 'volumes/iscsi-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An iscsi volume needs iSCSI qualified names (iqn, eui or naa) for iqn and initiatorName, a lun from 0 to 255, and a secretRef for CHAP.',
    fixable: false,
    podSpecFields: ['volumes'],
    sources: [
      { ...SOURCE, type: 'Invalid' },
      { ...SOURCE, type: 'Required', field: 'secretRef' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateVolumeSource',
        type: 'Invalid',
        field: 'name',
      },
    ],
    messages: {
      name: '{{field}} {{value}} of iscsi volume {{volume}} is not an iSCSI qualified name: {{reason}}; the API server refuses the object',
      lun: 'lun {{value}} of iscsi volume {{volume}} is out of range; the API server accepts 0 to 255',
      secretRef:
        'iscsi volume {{volume}} turns on CHAP authentication without a secretRef, which the API server requires; name the Secret with the CHAP credentials, or turn CHAP off',
      tooLong:
        'iscsi volume {{volume}} sets initiatorName, so "<volume name>:<targetPortal>" must be under 64 characters, and it is {{length}}; the API server refuses the object; shorten the volume name',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { volume, path, name } of singleSourceVolumes(site)) {
          const iscsi = asObject(volume.iscsi);
          if (!iscsi) continue;
          const base = [...path, 'iscsi'];
          const data = { volume: JSON.stringify(name) };
          for (const key of ['iqn', 'initiatorName'] as const) {
            const value = iscsi[key];
            // An empty iqn is schema/required's finding. The API server names initiatorName `initiatorname`.
            if (typeof value !== 'string' || (key === 'iqn' && value === '')) continue;
            const reason = iscsiNameProblem(value);
            if (reason)
              context.report({
                resource,
                path: [...base, key],
                messageId: 'name',
                data: { ...data, field: key, value: preview(value), reason },
              });
          }
          const lun = iscsi.lun;
          if (typeof lun === 'number' && (lun < 0 || lun > 255))
            context.report({ resource, path: [...base, 'lun'], messageId: 'lun', data: { ...data, value: lun } });
          if ((iscsi.chapAuthDiscovery === true || iscsi.chapAuthSession === true) && !asObject(iscsi.secretRef))
            context.report({ resource, path: [...base, 'secretRef'], messageId: 'secretRef', data });
          if (typeof iscsi.initiatorName === 'string' && typeof volume.name === 'string') {
            const length = `${volume.name}:${typeof iscsi.targetPortal === 'string' ? iscsi.targetPortal : ''}`.length;
            if (length > 64)
              context.report({ resource, path: [...path, 'name'], messageId: 'tooLong', data: { ...data, length } });
          }
        }
      },
    };
  },
});
