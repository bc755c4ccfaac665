import type { Rule } from '../engine/rule.js';
import { manifestRules } from './manifest/index.js';
import { portRules } from './ports/index.js';
import { probeRules } from './probes/index.js';
import { restartRules } from './restart/index.js';
import { topologyRules } from './topology/index.js';
import { workloadRules } from './workload/index.js';

/** Every check rule, grouped by area. Each area lists its own rules in its index. */
export const checkRules: readonly Rule[] = [...manifestRules, ...workloadRules, ...portRules, ...probeRules, ...topologyRules, ...restartRules];
