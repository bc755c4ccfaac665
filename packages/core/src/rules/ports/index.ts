import type { Rule } from '../../engine/rule.js';
import hostPortConflict from './host-port-conflict.js';
import protocolUnsupported from './protocol-unsupported.js';

export const portRules: readonly Rule[] = [hostPortConflict, protocolUnsupported];
