import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { configSchema } from "../generated/config-schema.js";
import { postSchema } from "../generated/post-schema.js";
import { describeErrors, type SchemaIssue } from "./describe-errors.js";

type Validate = ((data: unknown) => boolean) & { errors?: import("ajv").ErrorObject[] | null };

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, Validate>();

function validator(name: "post" | "config"): Validate {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(name === "post" ? postSchema : configSchema) as Validate;
    compiled.set(name, validate);
  }
  return validate;
}

function createAjv(): Ajv2020 {
  // allErrors: report every problem of a file at once; verbose: errors carry their schema, for "expected one of".
  const instance = new Ajv2020({ allErrors: true, verbose: true, strict: true, discriminator: true, allowUnionTypes: true });
  (addFormats as unknown as (a: Ajv2020, f: string[]) => void)(instance, ["date-time", "uri"]);
  return instance;
}

export function validatePostFrontMatter(data: unknown): SchemaIssue[] {
  return run(validator("post"), data);
}

export function validateConfigFile(data: unknown): SchemaIssue[] {
  return run(validator("config"), data);
}

function run(validate: Validate, data: unknown): SchemaIssue[] {
  if (validate(data)) return [];
  return describeErrors(validate.errors ?? [], data);
}
