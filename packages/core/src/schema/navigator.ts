import type { FieldPath } from '../model/path.js';
import {
  definitionIn,
  propertyIn,
  releasesOf,
  type DefinitionSchema,
  type PropertySchema,
  type SchemaCatalog,
} from './catalog.js';

/**
 * What the messages need to know about the schema at a data path, independent of where the
 * schema comes from (the built-in catalog or a CustomResourceDefinition).
 */
export interface ObjectShape {
  /** A readable name of the object type: `Container`, `PodSpec`, or a CRD kind's path. */
  readonly owner: string;
  /** The catalog definition (`io.k8s.api.core.v1.Container`); absent for CRD schemas. */
  readonly definition?: string;
  /** Field names the target release knows here. */
  readonly names: readonly string[];
  /** For a field this release lacks but others have: "added in 1.32", "removed in 1.33"… */
  availability(name: string): string | undefined;
}

export interface FieldShape {
  readonly owner?: string;
  readonly property?: string;
  readonly type?: string;
  readonly format?: string;
  /** The definition the value is an instance of, when it is one (`io.k8s.api.core.v1.Probe`). */
  readonly definition?: string;
}

export interface SchemaNavigator {
  objectAt(path: FieldPath): ObjectShape | undefined;
  fieldAt(path: FieldPath): FieldShape | undefined;
}

type Node = { schema: PropertySchema | undefined; owner?: string; property?: string };

/** Walks the built-in catalog along a data path for one release. */
export class CatalogNavigator implements SchemaNavigator {
  constructor(
    private readonly catalog: SchemaCatalog,
    private readonly bit: number,
    private readonly version: string,
    private readonly root: string,
  ) {}

  objectAt(path: FieldPath): ObjectShape | undefined {
    const node = this.walk(path);
    const name = node?.schema?.$ref;
    const definition = name ? this.catalog.definitions[name] : undefined;
    if (!name || !definition?.properties) return undefined;
    const properties = definition.properties;
    const names = Object.keys(properties).filter((property) =>
      propertyIn(properties[property] as PropertySchema, this.bit),
    );
    return {
      owner: displayName(name),
      definition: name,
      names,
      availability: (property) => this.availability(properties[property]),
    };
  }

  fieldAt(path: FieldPath): FieldShape | undefined {
    const node = this.walk(path);
    if (!node?.schema) return undefined;
    const { schema } = node;
    const definition = schema.$ref ? this.catalog.definitions[schema.$ref] : undefined;
    const shape: { -readonly [K in keyof FieldShape]: FieldShape[K] } = {};
    if (node.owner) shape.owner = node.owner;
    if (node.property) shape.property = node.property;
    const type = definition ? (definition.properties ? 'object' : definition.type) : schema.type;
    if (type) shape.type = type;
    const format = definition?.format ?? schema.format;
    if (format) shape.format = format;
    if (schema.$ref) shape.definition = schema.$ref;
    return shape;
  }

  private availability(property: PropertySchema | undefined): string | undefined {
    if (!property || propertyIn(property, this.bit)) return undefined;
    const present = releasesOf(this.catalog, property.r ?? (1 << this.catalog.releases.length) - 1);
    if (present.length === 0) return undefined;
    const index = this.catalog.releases.indexOf(this.version);
    const first = present[0] ?? '';
    const last = present[present.length - 1] ?? '';
    if (this.catalog.releases.indexOf(first) > index) return `it was added in Kubernetes ${first}`;
    const next = this.catalog.releases[this.catalog.releases.indexOf(last) + 1];
    return next ? `it was removed in Kubernetes ${next}` : `it exists in Kubernetes ${present.join(', ')}`;
  }

  private walk(path: FieldPath): Node | undefined {
    let node: Node = { schema: { $ref: this.root } };
    for (const segment of path) {
      const schema = node.schema;
      if (!schema) return undefined;
      if (schema.$ref) {
        const definition: DefinitionSchema | undefined = definitionIn(this.catalog, schema.$ref, this.bit);
        if (typeof segment !== 'string' || !definition?.properties) return undefined;
        const merged = definition.properties[segment];
        node = {
          schema: merged ? propertyIn(merged, this.bit) : undefined,
          owner: displayName(schema.$ref),
          property: segment,
        };
      } else if (typeof segment === 'number') {
        node = { ...node, schema: schema.items };
      } else if (typeof schema.additionalProperties === 'object') {
        node = { ...node, schema: schema.additionalProperties, property: segment };
      } else {
        return undefined;
      }
    }
    return node;
  }
}

/** `io.k8s.api.core.v1.Container` → `Container`. */
export function displayName(definition: string): string {
  return definition.slice(definition.lastIndexOf('.') + 1);
}
