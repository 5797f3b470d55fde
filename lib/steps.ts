/**
 * Work cut into steps: a generator yields between slices so a caller on a page's main thread can
 * let the browser paint and handle input in between; everything else runs it to the end at once.
 */
export type Steps<T> = Generator<void, T>;

/** Runs `steps` to the end and returns its result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
