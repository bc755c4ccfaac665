import { defineRule } from '../../engine/rule.js';
import { crdSchemaNodes, type CrdSchemaNode } from '../../schema/crd.js';
import { compileRe2 } from '../../schema/re2.js';

const CRD_SOURCES = 'k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation';

/** Keywords of JSON Schema that CustomResourceDefinition schemas do not support, with the API server's words. */
const FORBIDDEN_KEYWORDS: ReadonlyArray<readonly [string, string]> = [
  ['$ref', '$ref is not supported'],
  ['id', 'id is not supported'],
  ['additionalItems', 'additionalItems is not supported'],
  ['patternProperties', 'patternProperties is not supported'],
  ['definitions', 'definitions is not supported'],
  ['dependencies', 'dependencies is not supported'],
];

export default defineRule({
  meta: {
    id: 'schema/crd-schema-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A CustomResourceDefinition schema uses what the API server refuses: a pattern RE2 cannot compile, `uniqueItems: true`, `$ref` and other unsupported keywords.',
    fixable: false,
    source: 'ValidateCustomResourceDefinitionOpenAPISchema (apiextensions-apiserver pkg/apis/apiextensions/validation)',
    sources: [
      {
        package: CRD_SOURCES,
        function: 'ValidateCustomResourceDefinitionOpenAPISchema',
        type: 'Forbidden',
        field: 'uniqueItems',
      },
      { package: CRD_SOURCES, function: 'specStandardValidatorV3.validate', type: 'Forbidden' },
      {
        package: 'k8s.io/apiextensions-apiserver/pkg/apiserver/schema',
        function: 'validateValueValidation',
        type: 'Invalid',
        field: 'pattern',
      },
    ],
    messages: {
      pattern:
        "pattern {{pattern}} must be a valid regular expression, but RE2 (Go's regular expressions, which the API server uses) refuses it: {{reason}}; the CustomResourceDefinition is refused. Rewrite it without lookaround or backreferences",
      uniqueItems:
        'uniqueItems cannot be set to true since the runtime complexity becomes quadratic; the API server refuses the CustomResourceDefinition. Use `x-kubernetes-list-type: set` for a list of unique scalars',
      forbidden: '{{detail}}: the API server refuses the CustomResourceDefinition; write the schema out without it',
      nullType:
        'type cannot be set to null, use nullable as an alternative: the API server refuses the CustomResourceDefinition',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== 'apiextensions.k8s.io' || resource.kind !== 'CustomResourceDefinition') return;
        // The path of a node is made only for a report: most nodes have none. Indexed loops: a
        // CRD has thousands of nodes, walked once, before V8 optimizes this, where for…of allocates.
        const nodes = crdSchemaNodes(resource);
        for (let index = 0; index < nodes.length; index++) {
          const at = nodes[index] as CrdSchemaNode;
          const node = at.node;
          if (typeof node.pattern === 'string') {
            const compiled = compileRe2(node.pattern);
            if (!compiled.ok)
              context.report({
                resource,
                path: [...at.path, 'pattern'],
                messageId: 'pattern',
                data: { pattern: JSON.stringify(node.pattern), reason: compiled.reason },
              });
          }
          if (node.uniqueItems === true)
            context.report({ resource, path: [...at.path, 'uniqueItems'], messageId: 'uniqueItems' });
          for (let forbidden = 0; forbidden < FORBIDDEN_KEYWORDS.length; forbidden++) {
            // Not destructured: that too takes an iterator.
            const entry = FORBIDDEN_KEYWORDS[forbidden] as readonly [string, string];
            const keyword = entry[0];
            const detail = entry[1];
            if (node[keyword] !== undefined && node[keyword] !== null && node[keyword] !== '')
              context.report({ resource, path: [...at.path, keyword], messageId: 'forbidden', data: { detail } });
          }
          if (node.type === 'null') context.report({ resource, path: [...at.path, 'type'], messageId: 'nullType' });
        }
      },
    };
  },
});
