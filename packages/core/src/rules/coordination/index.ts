// Rules for coordination.k8s.io Leases: duration and transition counts, as ValidateLeaseSpec checks them.
import type { Rule } from '../../engine/rule.js';
import leaseInvalid from './lease-invalid.js';

export const coordinationRules: readonly Rule[] = [leaseInvalid];
