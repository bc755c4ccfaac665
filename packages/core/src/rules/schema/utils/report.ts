import type { RuleContext, RuleVisitors } from '../../../engine/rule.js';
import { withObject, type Resource, type UpdatePair } from '../../../model/resource.js';
import { formatPath } from '../../../model/path.js';
import type { SchemaProblem, SchemaRuleName } from '../../../schema/problems.js';

/** The schema layer words each problem (`schema/problems.ts`); the rules carry its text. */
export const SCHEMA_MESSAGES = {
  schemaProblem: '{{problem}}',
} as const;

/**
 * The visitors of a rule that reports one kind of schema problem. Schema rules look at the whole
 * input at once, because CustomResourceDefinitions in it define how custom resources are checked.
 */
export function reportSchemaProblems(name: SchemaRuleName): (context: RuleContext) => RuleVisitors {
  return (context) => {
    const updates = new Map<Resource, UpdatePair>();
    return {
      // On an update, kubectl apply merges the manifest into the stored object, which keeps what the
      // server defaulted there (a CustomResourceDefinition's conversion strategy): a required field
      // is refused only when the merged object lacks it too.
      ...(name === 'required' ? { update: (pair: UpdatePair) => void updates.set(pair.new, pair) } : {}),
      input(resources) {
        // Indexed: a dozen rules each run this over every resource (and its mostly empty list of
        // problems), seldom long enough for V8 to optimize it, and unoptimized for…of allocates per step.
        for (let at = 0; at < resources.length; at++) {
          const resource = resources[at] as Resource;
          const problems = context.schema.problems(resource);
          const pair = updates.size > 0 ? updates.get(resource) : undefined;
          const merged = pair ? mergedProblems(context, pair, name) : undefined;
          for (let index = 0; index < problems.length; index++) {
            const problem = problems[index] as SchemaProblem;
            if (problem.rule !== name) continue;
            if (merged && !merged.has(formatPath(problem.path))) continue;
            context.report({
              resource,
              path: problem.path,
              messageId: 'schemaProblem',
              data: { problem: problem.message },
              ...(problem.fix ? { fix: problem.fix } : {}),
            });
          }
        }
      },
    };
  };
}

/** Where the object the API server validates on this update has the problem. */
function mergedProblems(context: RuleContext, pair: UpdatePair, name: SchemaRuleName): Set<string> {
  const merged = withObject(pair.new, context.updateView(pair).next);
  return new Set(
    context.schema
      .problems(merged)
      .filter((problem) => problem.rule === name)
      .map((problem) => formatPath(problem.path)),
  );
}
