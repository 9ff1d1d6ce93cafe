/** A count with its noun, singular only for exactly one: "1 image", "2 images", "0 entries" (given `many`). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
