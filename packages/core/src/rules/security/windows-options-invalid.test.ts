import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './windows-options-invalid.js';

/** A pod whose own securityContext.windowsOptions holds `options` (a flow mapping). */
const pod = (options: string): string =>
  manifests.pod(manifests.blocks(`securityContext:\n  windowsOptions: ${options}`, manifests.webContainer()));

const containerOptions = (options: string): string =>
  manifests.deployment(manifests.webContainer(`securityContext:\n  windowsOptions: ${options}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'a domain user and a spec name',
      code: pod('{gmsaCredentialSpecName: webapp-gmsa, runAsUserName: "CONTOSO\\\\svc-web"}'),
    },
    { name: 'a local user', code: pod('{runAsUserName: ContainerUser}') },
    { name: 'a DNS domain in any case', code: pod('{runAsUserName: "Corp.Example.COM\\\\web"}') },
    {
      name: 'a credential spec',
      code: containerOptions('{gmsaCredentialSpec: \'{"CmsPlugins": ["ActiveDirectory"]}\'}'),
    },
  ],
  invalid: [
    {
      name: 'a spec name with capitals',
      code: pod('{gmsaCredentialSpecName: WebApp}'),
      errors: [
        {
          path: 'spec.securityContext.windowsOptions.gmsaCredentialSpecName',
          line: 7,
          column: 22,
          messageId: 'credentialSpecName',
        },
      ],
      output: null,
    },
    {
      name: 'an empty credential spec in a container',
      code: containerOptions('{gmsaCredentialSpec: ""}'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpec',
          line: 16,
          column: 30,
          messageId: 'credentialSpecEmpty',
        },
      ],
    },
    {
      name: 'two backslashes',
      code: pod('{runAsUserName: "a\\\\b\\\\c"}'),
      errors: [
        { path: 'spec.securityContext.windowsOptions.runAsUserName', line: 7, column: 22, messageId: 'userName' },
      ],
    },
    {
      name: 'a user of only periods',
      code: pod('{runAsUserName: ".."}'),
      errors: [
        { path: 'spec.securityContext.windowsOptions.runAsUserName', line: 7, column: 22, messageId: 'userName' },
      ],
    },
    {
      name: 'a forbidden character in the user',
      code: pod('{runAsUserName: "name:tag"}'),
      errors: [
        { path: 'spec.securityContext.windowsOptions.runAsUserName', line: 7, column: 22, messageId: 'userName' },
      ],
    },
    {
      name: 'an empty user name',
      code: pod('{runAsUserName: ""}'),
      errors: [
        { path: 'spec.securityContext.windowsOptions.runAsUserName', line: 7, column: 22, messageId: 'userName' },
      ],
    },
    {
      name: 'a domain that is neither NetBIOS nor DNS',
      code: pod('{runAsUserName: "-bad_domain-name!\\\\web"}'),
      errors: [
        { path: 'spec.securityContext.windowsOptions.runAsUserName', line: 7, column: 22, messageId: 'userName' },
      ],
    },
  ],
});
