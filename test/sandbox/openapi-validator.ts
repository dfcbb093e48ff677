/**
 * A small validator for OpenAPI 3.0 schemas (the subset the Confluence documents use:
 * $ref, allOf, oneOf/anyOf, nullable, type, enum, properties, required, items,
 * additionalProperties, date-time). Besides errors it records *undocumented* fields (present
 * in the answer, absent from the schema) and *undocumented nulls* (null where the schema does
 * not say nullable), which live servers send and the contract tests allow by name.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = Record<string, any>;

export interface Finding {
  path: string;
  message: string;
}

export interface ValidationResult {
  errors: Finding[];
  undocumented: string[];
  undocumentedNulls: string[];
}

export class OpenApiDocument {
  constructor(private readonly doc: Schema) {}

  /** The JSON schema of the 200 (or other) answer of an operation. */
  responseSchema(path: string, method: string, status = '200'): Schema {
    const operation = this.doc.paths?.[path]?.[method.toLowerCase()];
    if (!operation) throw new Error(`the document has no operation ${method} ${path}`);
    const schema = operation.responses?.[status]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`${method} ${path} documents no JSON answer for ${status}`);
    return schema;
  }

  validate(schema: Schema, value: unknown): ValidationResult {
    const result: ValidationResult = { errors: [], undocumented: [], undocumentedNulls: [] };
    this.check(schema, value, '$', result, 0);
    result.undocumented = [...new Set(result.undocumented)].sort();
    result.undocumentedNulls = [...new Set(result.undocumentedNulls)].sort();
    return result;
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let i = 0; current.$ref && i < 20; i++) {
      const ref: string = current.$ref;
      if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref} is not supported`);
      current = ref
        .slice(2)
        .split('/')
        .reduce((node: Schema, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
      if (!current) throw new Error(`unresolved $ref ${ref}`);
    }
    return current;
  }

  /** One schema with its allOf parts merged, so that no part mistakes a sibling's field for an unknown one. */
  private flatten(schema: Schema): Schema {
    const s = this.resolve(schema);
    if (!s.allOf) return s;
    const merged: Schema = { ...s, properties: { ...(s.properties ?? {}) }, required: [...(s.required ?? [])] };
    delete merged.allOf;
    for (const part of s.allOf) {
      const flat = this.flatten(part);
      if (flat.nullable) merged.nullable = true;
      if (flat.type && !merged.type) merged.type = flat.type;
      if (flat.additionalProperties !== undefined && merged.additionalProperties === undefined) merged.additionalProperties = flat.additionalProperties;
      for (const [key, value] of Object.entries(flat.properties ?? {})) {
        merged.properties[key] = merged.properties[key] ? { allOf: [merged.properties[key], value] } : value;
      }
      merged.required.push(...(flat.required ?? []));
    }
    return merged;
  }

  private check(schema: Schema, value: unknown, path: string, out: ValidationResult, depth: number): void {
    if (depth > 60) return;
    const s = this.flatten(schema);
    if (value === null) {
      if (!s.nullable) out.undocumentedNulls.push(generalize(path));
      return;
    }
    const alternatives: Schema[] | undefined = s.oneOf ?? s.anyOf;
    if (alternatives) {
      const fits = alternatives.some((alt) => {
        const trial: ValidationResult = { errors: [], undocumented: [], undocumentedNulls: [] };
        this.check(alt, value, path, trial, depth + 1);
        return trial.errors.length === 0;
      });
      if (!fits) out.errors.push({ path, message: 'matches none of the oneOf/anyOf alternatives' });
    }
    if (s.enum && !s.enum.includes(value)) out.errors.push({ path, message: `${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}` });
    switch (s.type) {
      case 'object':
        if (typeof value !== 'object' || Array.isArray(value)) out.errors.push({ path, message: `expected an object, got ${typeof value}` });
        break;
      case 'array':
        if (!Array.isArray(value)) out.errors.push({ path, message: `expected an array, got ${typeof value}` });
        else if (s.items) value.forEach((item, i) => this.check(s.items, item, `${path}[${i}]`, out, depth + 1));
        return;
      case 'string':
        if (typeof value !== 'string') out.errors.push({ path, message: `expected a string, got ${JSON.stringify(value)}` });
        else if (s.format === 'date-time' && Number.isNaN(Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')))) {
          out.errors.push({ path, message: `'${value}' is not a date-time` });
        }
        return;
      case 'integer':
        if (!Number.isInteger(value)) out.errors.push({ path, message: `expected an integer, got ${JSON.stringify(value)}` });
        return;
      case 'number':
        if (typeof value !== 'number') out.errors.push({ path, message: `expected a number, got ${JSON.stringify(value)}` });
        return;
      case 'boolean':
        if (typeof value !== 'boolean') out.errors.push({ path, message: `expected a boolean, got ${JSON.stringify(value)}` });
        return;
      default:
        break;
    }
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in record)) out.errors.push({ path, message: `required field '${key}' is missing` });
    const extra = s.additionalProperties;
    const typedExtra = extra && typeof extra === 'object' && Object.keys(extra).length > 0;
    const described = Boolean(s.properties && Object.keys(s.properties).length > 0);
    for (const [key, child] of Object.entries(record)) {
      const propertySchema = s.properties?.[key];
      if (propertySchema) this.check(propertySchema, child, `${path}.${key}`, out, depth + 1);
      else if (typedExtra) this.check(extra, child, `${path}.${key}`, out, depth + 1);
      else if (extra === false) out.errors.push({ path, message: `field '${key}' is not allowed` });
      else if (described && !alternatives) out.undocumented.push(generalize(`${path}.${key}`));
    }
  }
}

/** `$.results[3].version.by` → `$.results[].version.by`, so that findings group by field. */
function generalize(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}
