import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './ephemeral-ports-forbidden.js';

// A live Pod as `kubectl get -o yaml` prints it after `kubectl debug`. Ephemeral containers cannot
// be created from a manifest at all, so the oracle rejects even the valid cases.
const livePod = (debugger_: string): string =>
  manifests.pod(
    manifests.blocks(
      `containers:
  - name: web
    image: nginx:1.27
    ports:
      - containerPort: 80
ephemeralContainers:
  - name: debugger
    image: busybox:1.36`,
      manifests.indent(debugger_, 4),
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a debug container without ports (refused on create for being ephemeral)',
      code: livePod('stdin: true\n'),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'a debug container with a port',
      code: livePod('ports:\n  - containerPort: 8080\n'),
      errors: [
        {
          path: 'spec.ephemeralContainers[0].ports',
          line: 14,
          column: 7,
          message: 'cannot be set for an Ephemeral Container',
        },
      ],
    },
    {
      name: 'even an empty list is refused',
      code: livePod('ports: []\n'),
      errors: [{ path: 'spec.ephemeralContainers[0].ports', line: 14, column: 7 }],
    },
  ],
});
