import { defineRule } from '../../engine/rule.js';
import { canonical, isEventsApiEvent } from './utils/event-fields.js';

/** What ValidateEventUpdate keeps immutable, as events.k8s.io/v1 writes it. */
const IMMUTABLE = [
  'regarding',
  'related',
  'reason',
  'note',
  'type',
  'action',
  'eventTime',
  'reportingController',
  'reportingInstance',
  'deprecatedSource',
  'deprecatedFirstTimestamp',
  'deprecatedLastTimestamp',
  'deprecatedCount',
];

export default defineRule({
  meta: {
    id: 'events/event-field-changed',
    severity: 'error',
    origin: 'api-error',
    description:
      'An events.k8s.io/v1 Event may not change what it reports (regarding, reason, note, type, action, eventTime, reporting fields) on update.',
    fixable: false,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateEventUpdate' }],
    messages: {
      changed:
        '{{field}} changes on update, but an Event records one occurrence and the API server refuses changes to it (field is immutable); create a new Event instead',
    },
  },
  create(context) {
    return {
      update(pair) {
        if (!isEventsApiEvent(pair.new) || !isEventsApiEvent(pair.old)) return;
        const view = context.updateView(pair);
        for (const field of IMMUTABLE) {
          if (canonical(field, view.next[field]) === canonical(field, view.old[field])) continue;
          context.report({
            resource: pair.new,
            path: field in pair.new.object ? [field] : [],
            messageId: 'changed',
            data: { field },
          });
        }
      },
    };
  },
});
