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

/** Runs `steps` to the end and returns its result with the number of pauses it made (for tests and benchmarks). */
export function finishCounting<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}
