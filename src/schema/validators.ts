import type { ErrorObject } from "ajv";
import { validate as validateConfig } from "../generated/validate-config.js";
import { validate as validatePost } from "../generated/validate-post.js";
import { describeErrors, type SchemaIssue } from "./describe-errors.js";

/** The validators are compiled from schemas/ ahead of time by scripts/generate-types.mjs (ajv standalone). */
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export function validatePostFrontMatter(data: unknown): SchemaIssue[] {
  return run(validatePost as Validate, data);
}

export function validateConfigFile(data: unknown): SchemaIssue[] {
  return run(validateConfig as Validate, data);
}

function run(validate: Validate, data: unknown): SchemaIssue[] {
  if (validate(data)) return [];
  return describeErrors(validate.errors ?? [], data);
}
