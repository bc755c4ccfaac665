import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { Resource } from '../../model/resource.js';
import { asObject, goString, isSet, type PlainObject } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { canonical, isEvent, isEventsApiEvent, writtenField } from './utils/event-fields.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';
const LIMITS: ReadonlyArray<readonly [string, number]> = [
  ['reportingInstance', 128],
  ['action', 128],
  ['reason', 128],
  ['message', 1024],
];

type Report = (path: FieldPath, messageId: string, data?: Readonly<Record<string, string | number>>) => void;

/** legacyValidateEvent: the namespaces, and for Events with an eventTime the reporting fields. */
function legacyChecks(resource: Resource, event: PlainObject, report: Report): void {
  const field = (name: string): string => writtenField(resource, name);
  const involved = asObject(event[field('involvedObject')]);
  const involvedNamespace = goString(involved?.namespace) ?? '';
  // Without metadata.namespace the namespace is the request's (kubectl -n), which a manifest does not show.
  const namespace = asObject(event.metadata)?.namespace;
  const namespacePath =
    involved && isSet(involved.namespace) ? [field('involvedObject'), 'namespace'] : [field('involvedObject')];
  const hasEventTime = isSet(event.eventTime);
  if (typeof namespace === 'string') {
    const mismatch = hasEventTime
      ? involvedNamespace === '' && namespace !== 'default' && namespace !== 'kube-system'
      : involvedNamespace === ''
        ? namespace !== '' && namespace !== 'default'
        : namespace !== involvedNamespace;
    if (mismatch)
      report(namespacePath, 'namespaceMismatch', {
        field: field('involvedObject'),
        involved: involvedNamespace || 'none',
        namespace: namespace || 'none',
      });
  }
  if (!hasEventTime) return;
  const controllerField = isEventsApiEvent(resource) ? 'reportingController' : 'reportingComponent';
  const controller = goString(event[controllerField]);
  if (controller === '') report([controllerField], 'required', { field: controllerField });
  else if (controller !== undefined) {
    const reasons = qualifiedNameErrors(controller);
    if (reasons.length > 0)
      report([controllerField], 'controllerName', {
        field: controllerField,
        value: controller,
        reasons: reasons.join('; '),
      });
  }
  for (const [internal, limit] of LIMITS) {
    const name = field(internal);
    const value = goString(event[name]);
    if (value === undefined) continue;
    if (value === '' && internal !== 'message') report([name], 'required', { field: name });
    else if (value.length > limit) report([name], 'tooLong', { field: name, limit, length: value.length });
  }
}

/** ValidateEventCreate's strict checks for events.k8s.io/v1 (and validateV1EventSeries). */
function strictChecks(event: PlainObject, report: Report): void {
  if (!isSet(event.eventTime)) report(['eventTime'], 'required', { field: 'eventTime' });
  const type = goString(event.type);
  if (type !== undefined && type !== 'Normal' && type !== 'Warning') report(['type'], 'type', { value: type });
  for (const name of ['deprecatedFirstTimestamp', 'deprecatedLastTimestamp', 'deprecatedCount', 'deprecatedSource']) {
    const value = event[name];
    const source = asObject(value);
    const set = name === 'deprecatedSource' ? Boolean(source?.component || source?.host) : isSet(value) && value !== 0;
    if (set) report([name], 'deprecatedSet', { field: name });
  }
  seriesChecks(event, report);
}

function seriesChecks(event: PlainObject, report: Report): void {
  const series = asObject(event.series);
  if (!series) return;
  const count = series.count;
  if (typeof count !== 'number' || count < 2) report(['series', 'count'], 'seriesCount', { value: String(count ?? 0) });
  if (!isSet(series.lastObservedTime))
    report(['series', 'lastObservedTime'], 'required', { field: 'series.lastObservedTime' });
}

export default defineRule({
  meta: {
    id: 'events/event-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'An Event’s namespace matches the object it is about; events.k8s.io Events need eventTime, reporting fields, type Normal or Warning, no deprecated fields.',
    fixable: false,
    sources: [
      { package: CORE, function: 'legacyValidateEvent' },
      { package: CORE, function: 'ValidateEventCreate' },
      { package: CORE, function: 'validateV1EventSeries' },
    ],
    messages: {
      namespaceMismatch:
        'the Event is in namespace {{namespace}}, but {{field}}.namespace is {{involved}}; an Event lives in the namespace of the object it is about, so the API server refuses it',
      required: '{{field}} is empty, but the API server requires it for this Event',
      controllerName:
        '{{field}} "{{value}}" is not a qualified name ({{reasons}}), so the API server refuses the Event',
      tooLong: '{{field}} is {{length}} characters long; the API server allows at most {{limit}}',
      type: 'type "{{value}}" is not Normal or Warning, so the API server refuses the Event',
      deprecatedSet:
        '{{field}} is set, but an events.k8s.io/v1 Event is created without the deprecated fields (they exist for core v1 clients), so the API server refuses it; remove it',
      seriesCount:
        'series.count is {{value}}, but a series records at least 2 occurrences, so the API server refuses the Event',
    },
  },
  create(context) {
    const updated = new Set<Resource>();
    return {
      update(pair) {
        updated.add(pair.new);
        if (!isEventsApiEvent(pair.new)) return;
        // validateV1EventSeries runs again on update when the series changes.
        const view = context.updateView(pair);
        if (canonical('series', view.next.series) !== canonical('series', view.old.series))
          seriesChecks(view.next, (path, messageId, data) =>
            context.report({ resource: pair.new, path, messageId, ...(data ? { data } : {}) }),
          );
      },
      input(resources) {
        for (const resource of resources) {
          if (!isEvent(resource)) continue;
          const report: Report = (path, messageId, data) =>
            context.report({ resource, path, messageId, ...(data ? { data } : {}) });
          legacyChecks(resource, resource.object, report);
          if (!isEventsApiEvent(resource)) continue;
          // On update only a changed series is validated again (event-field-changed covers the rest).
          if (updated.has(resource)) continue;
          strictChecks(resource.object, report);
        }
      },
    };
  },
});
