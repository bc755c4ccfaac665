// Rules for Events (core v1 and events.k8s.io/v1): namespaces, reporting fields, strict creation, immutability. Shared helpers are in utils/.
import type { Rule } from '../../engine/rule.js';
import eventFieldChanged from './event-field-changed.js';
import eventInvalid from './event-invalid.js';

export const eventRules: readonly Rule[] = [eventInvalid, eventFieldChanged];
