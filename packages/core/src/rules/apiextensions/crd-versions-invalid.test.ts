import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd, crdVersion, WIDGET_SCHEMA } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-versions-invalid.js';

const second = (name: string, extra = ''): string =>
  crdVersion(name, `${WIDGET_SCHEMA}\ndescription: ${name}`, extra).replace('storage: true', 'storage: false');

runRuleTests(rule, {
  valid: [
    { name: 'one version', code: crd() },
    { name: 'two versions, one stored', code: crd({ versions: `${crdVersion('v1')}\n${second('v1beta1')}` }) },
    {
      name: 'a deprecated version with a warning',
      code: crd({
        versions: `${crdVersion('v1')}\n${second('v1beta1', 'deprecated: true\ndeprecationWarning: "use v1"')}`,
      }),
    },
  ],
  invalid: [
    {
      name: 'a version named with a dot',
      code: crd({ versions: crdVersion('v1.0') }),
      errors: [{ path: 'spec.versions[0].name', line: 14, column: 5, messageId: 'invalidName' }],
      output: null,
    },
    {
      name: 'no storage version',
      code: crd({ versions: second('v1') }),
      errors: [{ path: 'spec.versions', line: 13, column: 3, messageId: 'storageCount' }],
    },
    {
      name: 'two storage versions',
      code: crd({
        versions: `${crdVersion('v1')}\n${crdVersion('v2', `${WIDGET_SCHEMA}\ndescription: v2`)}`,
      }),
      errors: [{ path: 'spec.versions', line: 13, column: 3, messageId: 'storageCount' }],
    },
    {
      name: 'a warning on a version that is not deprecated',
      code: crd({ versions: crdVersion('v1', undefined, 'deprecationWarning: "old"') }),
      errors: [{ path: 'spec.versions[0].deprecationWarning', line: 23, column: 5, messageId: 'warning' }],
    },
  ],
});
