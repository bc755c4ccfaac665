import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './rc-selector-mismatch.js';

runRuleTests(rule, {
  valid: [
    { name: 'the template carries the selector', code: manifests.replicationController(manifests.webContainer()) },
    {
      name: 'more template labels than the selector',
      code: manifests.replicationController(manifests.webContainer(), { labels: '{app: web, tier: front}' }),
    },
    {
      name: 'no selector: it is defaulted from the template labels',
      code: manifests.replicationController(manifests.webContainer()).replace('  selector: {app: web}\n', ''),
    },
  ],
  invalid: [
    {
      name: 'another value',
      code: manifests.replicationController(manifests.webContainer(), { labels: '{app: api}' }),
      errors: [{ path: 'spec.template.metadata.labels', line: 9, column: 7, messageId: 'mismatch' }],
      output: null,
    },
    {
      name: 'an empty selector value needs the label, empty',
      code: manifests
        .replicationController(manifests.webContainer())
        .replace('selector: {app: web}', 'selector: {app: web, track: ""}'),
      errors: [{ path: 'spec.template.metadata.labels', line: 9, column: 7, messageId: 'mismatch' }],
    },
  ],
});
