/**
 * A value derived from `owner`, computed once and kept on the owner itself, under a symbol of the caller's.
 *
 * Why not a WeakMap keyed by the owner: V8's young-generation collector keeps a WeakMap's entries alive, so
 * per-post data cached in one (a post's tokens, sentences, rendered texts) outlived its post through every
 * minor collection and was copied into the old generation, to be freed only by a full collection. Kept on the
 * post, it dies with the post. On the 2,000-post benchmark this was most of the garbage collector's time.
 */
export function memoized<O extends object, V>(owner: O, slot: symbol, compute: (owner: O) => V): V {
  const holder = owner as unknown as Record<symbol, V | undefined>;
  let value = holder[slot];
  if (value === undefined) {
    value = compute(owner);
    holder[slot] = value;
  }
  return value;
}
