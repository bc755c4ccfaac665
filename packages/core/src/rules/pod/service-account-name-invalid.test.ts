import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './service-account-name-invalid.js';

const pod = (value: string): string => manifests.pod(`serviceAccountName: ${value}\n${manifests.webContainer()}`);

runRuleTests(rule, {
  valid: [
    { name: 'a valid name', code: pod('web-reader') },
    {
      name: 'on update the serviceAccountName the admission plugin set is kept, so the deprecated field is not validated',
      code: manifests.pod(`serviceAccount: Web_Reader\n${manifests.webContainer()}`),
      old: manifests.pod(manifests.webContainer()),
    },
    {
      name: 'the deprecated serviceAccount is not validated beside a serviceAccountName',
      code: manifests.pod(`serviceAccountName: web-reader\nserviceAccount: Web_Reader\n${manifests.webContainer()}`),
    },
  ],
  invalid: [
    {
      name: 'capitals and separators',
      code: pod('Web_Reader'),
      errors: [{ path: 'spec.serviceAccountName', line: 6, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'in a Deployment template',
      code: manifests.deployment(`serviceAccountName: Web_Reader\n${manifests.webContainer()}`),
      errors: [{ path: 'spec.template.spec.serviceAccountName', line: 12, column: 7, messageId: 'invalid' }],
    },
    {
      name: 'the deprecated serviceAccount alone is decoded into serviceAccountName, which the API server names',
      code: manifests.pod(`serviceAccount: Web_Reader\n${manifests.webContainer()}`),
      errors: [
        {
          path: 'spec.serviceAccount',
          line: 6,
          column: 3,
          messageId: 'invalid',
          oracleField: 'spec.serviceAccountName',
        },
      ],
    },
  ],
});
