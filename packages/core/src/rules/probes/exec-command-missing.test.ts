import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './exec-command-missing.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'exec with a command',
      code: pod('livenessProbe:\n  exec:\n    command: [sh, -c, "test -f /tmp/healthy"]'),
    },
    {
      name: 'postStart exec with a command',
      code: pod('lifecycle:\n  postStart:\n    exec: {command: [/bin/warm-cache]}'),
    },
  ],
  invalid: [
    {
      name: 'empty command list',
      code: pod('livenessProbe:\n  exec:\n    command: []'),
      errors: [
        { path: 'spec.containers[0].livenessProbe.exec.command', line: 11, column: 11, message: 'Required value' },
      ],
      output: null,
    },
    {
      name: 'exec without command in a Deployment preStop hook (reported where command belongs)',
      code: deployment('lifecycle:\n  preStop:\n    exec: {}'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].lifecycle.preStop.exec.command',
          line: 17,
          column: 15,
          message: 'preStop hook',
        },
      ],
    },
  ],
});
