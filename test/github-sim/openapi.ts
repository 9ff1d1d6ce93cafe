/**
 * Validates request and response bodies against GitHub's own OpenAPI description (@octokit/openapi), so the
 * simulator cannot drift from the real API and the Action cannot send a body GitHub would reject.
 *
 * The 13 MB description is parsed once per process, lazily, and only the operations asked for are compiled.
 * OpenAPI 3.0 is not JSON Schema: `nullable: true` becomes `type: [t, "null"]` (or an `anyOf` with null), and
 * `$ref: "#/components/schemas/x"` is rewritten to `#/definitions/x` inside a self-contained draft-07 schema.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: under NodeNext its function is the `default` of the imported namespace.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface OpenApiDocument {
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, Json> };
}

let document: OpenApiDocument | undefined;

function openApi(): OpenApiDocument {
  if (!document) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
    document = JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
  }
  return document;
}

const COMPONENT_REF = "#/components/schemas/";

/** Rewrites one OpenAPI 3.0 schema into draft-07 JSON Schema, collecting the components it references. */
function toJsonSchema(node: Json, refs: Set<string>): Json {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, refs));
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable" || key === "example" || key === "examples" || key === "discriminator") continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_REF)) {
      const name = value.slice(COMPONENT_REF.length);
      refs.add(name);
      out.$ref = `#/definitions/${name}`;
      continue;
    }
    // `properties` maps names to schemas: a property may itself be called "nullable" or "example".
    if (key === "properties" && value && typeof value === "object" && !Array.isArray(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema, refs)]));
      continue;
    }
    out[key] = toJsonSchema(value, refs);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: "null" }] };
}

/** A self-contained draft-07 schema: the root plus every component it reaches, transitively. */
function selfContained(root: Json): JsonObject {
  const components = openApi().components.schemas;
  const refs = new Set<string>();
  const schema = toJsonSchema(root, refs) as JsonObject;
  const definitions: JsonObject = {};
  const queue = [...refs];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (name in definitions) continue;
    const found = new Set<string>();
    const component = components[name];
    if (component === undefined) throw new Error(`OpenAPI component ${name} not found`);
    definitions[name] = toJsonSchema(component, found);
    for (const next of found) if (!(next in definitions)) queue.push(next);
  }
  return { ...schema, definitions };
}

export interface OperationValidator {
  /** The operation's path template, e.g. `/repos/{owner}/{repo}/statuses/{sha}`. */
  route: string;
  method: string;
  operationId: string;
  /** Problems with a request body (empty when valid or when the operation takes none). */
  request(body: unknown): string[];
  /** Problems with a response body for a status code (empty when valid or not described). */
  response(status: number, body: unknown): string[];
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);

const compiled = new Map<string, OperationValidator>();

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`);
}

function jsonSchemaOf(content: Json | undefined): Json | undefined {
  if (!content || typeof content !== "object" || Array.isArray(content)) return undefined;
  const media = content["application/json"];
  if (!media || typeof media !== "object" || Array.isArray(media)) return undefined;
  return media.schema;
}

/** The validator for one operation, e.g. `operation("POST", "/repos/{owner}/{repo}/statuses/{sha}")`. */
export function operation(method: string, route: string): OperationValidator {
  const key = `${method.toUpperCase()} ${route}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const op = openApi().paths[route]?.[method.toLowerCase()];
  if (!op) throw new Error(`GitHub's OpenAPI description has no operation ${key}`);

  const requestBody = op.requestBody as JsonObject | undefined;
  const requestSchema = jsonSchemaOf(requestBody?.content);
  const validateRequest = requestSchema === undefined ? undefined : ajv.compile(selfContained(requestSchema));
  const responses = (op.responses ?? {}) as Record<string, JsonObject>;
  const responseValidators = new Map<number, ValidateFunction>();

  const validator: OperationValidator = {
    route,
    method: method.toUpperCase(),
    operationId: String(op.operationId),
    request(body) {
      if (!validateRequest) return [];
      return validateRequest(body) ? [] : describe(validateRequest.errors);
    },
    response(status, body) {
      let validate = responseValidators.get(status);
      if (!validate) {
        const schema = jsonSchemaOf(responses[String(status)]?.content);
        if (schema === undefined) return [];
        validate = ajv.compile(selfContained(schema));
        responseValidators.set(status, validate);
      }
      return validate(body) ? [] : describe(validate.errors);
    },
  };
  compiled.set(key, validator);
  return validator;
}

/** A deep copy of one of the description's own response examples, used as a template for simulated objects. */
export function example(name: string): JsonObject {
  const found = (openApi().components as unknown as { examples: Record<string, { value: Json }> }).examples[name];
  if (!found) throw new Error(`OpenAPI example ${name} not found`);
  return structuredClone(found.value) as JsonObject;
}
