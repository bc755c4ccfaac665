import type { RuleContext, RuleVisitors } from '../../../engine/rule.js';
import type { Resource } from '../../../model/resource.js';
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
  return (context) => ({
    input(resources) {
      // Indexed: a dozen rules each run this over every resource (and its mostly empty list of
      // problems), seldom long enough for V8 to optimize it, and unoptimized for…of allocates per step.
      for (let at = 0; at < resources.length; at++) {
        const resource = resources[at] as Resource;
        const problems = context.schema.problems(resource);
        for (let index = 0; index < problems.length; index++) {
          const problem = problems[index] as SchemaProblem;
          if (problem.rule !== name) continue;
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
  });
}
