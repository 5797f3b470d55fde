/** A typed array of the same kind, `size` long, starting with the contents of `array`. */
export function enlarged<T extends Int32Array | Uint16Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}
