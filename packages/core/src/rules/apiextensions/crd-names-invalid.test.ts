import { runRuleTests } from '../../../test/support/rule-tester.js';
import { crd } from '../../../test/fixtures/apiextensions/manifests.js';
import rule from './crd-names-invalid.js';

const names = (extra: string, kinds = 'kind: Widget\nlistKind: WidgetList'): string =>
  crd({ names: `plural: widgets\nsingular: widget\n${kinds}\n${extra}`.trimEnd() });

runRuleTests(rule, {
  valid: [
    { name: 'the usual names', code: crd() },
    { name: 'short names and categories', code: names('shortNames: [wd, w2]\ncategories: [all, example]') },
    { name: 'a CamelCase kind', code: names('', 'kind: WidgetSet\nlistKind: WidgetSetList') },
  ],
  invalid: [
    {
      name: 'a short name starting with a digit',
      code: names('shortNames: [2w]'),
      errors: [{ path: 'spec.names.shortNames[0]', line: 13, column: 18, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'a singular with a dot',
      code: crd({ names: 'plural: widgets\nsingular: widget.v1\nkind: Widget\nlistKind: WidgetList' }),
      errors: [{ path: 'spec.names.singular', line: 10, column: 5, messageId: 'invalid' }],
    },
    {
      name: 'a kind with a space',
      code: names('', 'kind: "My Widget"\nlistKind: WidgetList'),
      errors: [{ path: 'spec.names.kind', line: 11, column: 5, messageId: 'invalidKind' }],
    },
    {
      name: 'listKind the same as kind',
      code: names('', 'kind: Widget\nlistKind: Widget'),
      errors: [{ path: 'spec.names.listKind', line: 12, column: 5, messageId: 'sameKinds' }],
    },
    {
      name: 'an empty category',
      code: names('categories: [""]'),
      errors: [{ path: 'spec.names.categories[0]', line: 13, column: 18, messageId: 'invalid' }],
    },
  ],
});
