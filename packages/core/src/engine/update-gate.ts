import { formatPath } from '../model/path.js';
import type { Resource, UpdatePair } from '../model/resource.js';
import type { ReportDescriptor } from './rule.js';

/**
 * A rule's per-resource checks on an object that has an old version. The API server does not
 * validate the manifest of an update: it validates the manifest applied onto the stored object
 * and prepared by the REST storage and the strategy (the update view). A create-time check can be
 * right about the manifest and wrong about that object: a Service manifest without `spec` keeps
 * the live ports; a nodePort left on a NodePort → ClusterIP change is cleared.
 *
 * So a rule's reports on such a manifest stand only when the same rule, run on the object the API
 * server validates, reports the same thing (message and path) too. Reports are only ever dropped,
 * never added: a problem of the stored object that the manifest does not write has no place in the
 * manifest to report. The second run happens only for rules that reported something, so an update
 * costs nothing more when the manifest is clean.
 */
export class UpdateGate {
  private held: ReportDescriptor[] | undefined;
  private seen: Set<string> | undefined;

  constructor(
    private readonly emit: (descriptor: ReportDescriptor) => void,
    private readonly updatedResource: (pair: UpdatePair) => Resource,
    /** The rule checks creates only (`meta.createOnly`): an update confirms none of its reports. */
    private readonly createOnly = false,
  ) {}

  /** The rule's `context.report`. */
  readonly report = (descriptor: ReportDescriptor): void => {
    if (this.seen) this.seen.add(reportKey(descriptor));
    else if (this.held) this.held.push(descriptor);
    else this.emit(descriptor);
  };

  /** Runs `visit` (the rule's per-resource visitors) on the manifest of an update, and keeps what the update confirms. */
  visit(pair: UpdatePair, visit: (resource: Resource) => void): void {
    const held: ReportDescriptor[] = [];
    this.held = held;
    try {
      visit(pair.new);
    } catch (error) {
      this.release(held, undefined, pair.new);
      throw error;
    } finally {
      this.held = undefined;
    }
    const seen = new Set<string>();
    // A report the API server waives on update (a create-only rule's, or one marked so) stands for nothing here.
    const kept = held.filter(
      (descriptor) => !((this.createOnly || descriptor.createOnly) && descriptor.resource === pair.new),
    );
    if (!kept.some((descriptor) => descriptor.resource === pair.new)) {
      this.release(kept, undefined, pair.new);
      return;
    }
    this.seen = seen;
    let confirmed: Set<string> | undefined = seen;
    try {
      visit(this.updatedResource(pair));
    } catch {
      // A rule that fails on the merged object keeps what it said about the manifest.
      confirmed = undefined;
    } finally {
      this.seen = undefined;
    }
    this.release(kept, confirmed, pair.new);
  }

  private release(held: readonly ReportDescriptor[], confirmed: Set<string> | undefined, resource: Resource): void {
    for (const descriptor of held)
      if (!confirmed || descriptor.resource !== resource || confirmed.has(reportKey(descriptor))) this.emit(descriptor);
  }
}

function reportKey(descriptor: ReportDescriptor): string {
  return `${formatPath(descriptor.path)}\u0000${descriptor.messageId ?? descriptor.message ?? ''}`;
}
