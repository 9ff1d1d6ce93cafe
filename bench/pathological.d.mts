/** Types of pathological.mjs for the tests that import its inputs. */
export function pathologicalBodies(bytes: number): Record<string, string>;
export const PATHOLOGICAL_CONFIG: string;
export const PATHOLOGICAL_CHANNELS: string[];
export function pathologicalPost(body: string): string;
