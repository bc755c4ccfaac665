import { servingContainers, type ContainerSite } from './containers.js';
import type { FieldPath } from './path.js';
import type { PodSpecSite } from './resource.js';
import { isObject, type PlainObject } from './values.js';
import { memoized } from '../util/memo.js';

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';
export type HookKind = 'postStart' | 'preStop';

export const PROBE_KINDS: readonly ProbeKind[] = ['livenessProbe', 'readinessProbe', 'startupProbe'];
export const HOOK_KINDS: readonly HookKind[] = ['postStart', 'preStop'];

export interface ProbeSite {
  readonly container: ContainerSite;
  readonly kind: ProbeKind;
  readonly probe: PlainObject;
  /** From the object root, e.g. `spec.containers[0].livenessProbe`. */
  readonly path: FieldPath;
}

/** A probe or a lifecycle hook: both carry handlers (`exec`, `httpGet`, …) validated by `validateHandler`. */
export interface HandlerSite {
  readonly container: ContainerSite;
  readonly kind: ProbeKind | HookKind;
  readonly isHook: boolean;
  readonly handler: PlainObject;
  /** `spec.containers[0].livenessProbe`, `spec.containers[0].lifecycle.preStop`. */
  readonly path: FieldPath;
}

export function probesOf(container: ContainerSite): ProbeSite[] {
  const out: ProbeSite[] = [];
  for (const kind of PROBE_KINDS) {
    const probe = container.container[kind];
    if (isObject(probe)) out.push({ container, kind, probe, path: [...container.path, kind] });
  }
  return out;
}

/** The probes, then the lifecycle hooks, of one container. */
export function handlersOf(container: ContainerSite): HandlerSite[] {
  const out: HandlerSite[] = probesOf(container).map((probe) => ({
    container,
    kind: probe.kind,
    isHook: false,
    handler: probe.probe,
    path: probe.path,
  }));
  const lifecycle = container.container.lifecycle;
  if (!isObject(lifecycle)) return out;
  for (const kind of HOOK_KINDS) {
    const hook = lifecycle[kind];
    if (isObject(hook))
      out.push({ container, kind, isHook: true, handler: hook, path: [...container.path, 'lifecycle', kind] });
  }
  return out;
}

/**
 * Every probe of the containers whose probes the API server validates (regular ones and sidecars),
 * built once per pod spec for the twenty-odd rules that ask, as `containersOf` builds containers.
 */
export const probeSites: (site: PodSpecSite) => readonly ProbeSite[] = memoized((site: PodSpecSite) =>
  servingContainers(site).flatMap(probesOf),
);

/** Every probe and lifecycle hook of the containers the API server validates them on, built once per pod spec. */
export const handlerSites: (site: PodSpecSite) => readonly HandlerSite[] = memoized((site: PodSpecSite) =>
  servingContainers(site).flatMap(handlersOf),
);
