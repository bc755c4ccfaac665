// The check rules, one folder per area: each area holds its rules (`<name>.ts`, the rule `<area>/<name>`), their tests, an index and utils/.
import type { Rule } from '../engine/rule.js';
import { immutableRules } from './immutable/index.js';
import { manifestRules } from './manifest/index.js';
import { portRules } from './ports/index.js';
import { probeRules } from './probes/index.js';
import { restartRules } from './restart/index.js';
import { schemaRules } from './schema/index.js';
import { topologyRules } from './topology/index.js';
import { workloadRules } from './workload/index.js';

/** Every check rule, grouped by area. Each area lists its own rules in its index. */
export const checkRules: readonly Rule[] = [...manifestRules, ...workloadRules, ...portRules, ...probeRules, ...topologyRules, ...restartRules, ...immutableRules, ...schemaRules];
