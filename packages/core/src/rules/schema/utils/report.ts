import type { RuleContext, RuleVisitors } from '../../../engine/rule.js';
import type { SchemaRuleName } from '../../../schema/problems.js';

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
      for (const resource of resources) {
        for (const problem of context.schema.problems(resource)) {
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
