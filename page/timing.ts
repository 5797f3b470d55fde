/**
 * User Timing measures of Rafiq's own work (`rafiq:read`, the main-thread time of a whole read;
 * `rafiq:slice`, each task it was cut into; `rafiq:refresh`; `rafiq:paint`; `rafiq:hover`). They
 * show in the browser's performance tools and let the hostile-page suite and `npm run bench:page`
 * attribute time to Rafiq.
 *
 * The performance timeline is the page's own, and its scripts can list it: a `rafiq:` entry would
 * tell every site that its reader runs Rafiq. So nothing is measured unless the developer switch
 * `inspectable` is on (`enableTiming`), and the probe, which runs before any setting can be read,
 * measures nothing. Measuring never throws into Rafiq's work.
 */

let enabled = false;

export function enableTiming(on: boolean): void {
  enabled = on;
}

export function measure(name: string, start: number, end = performance.now()): void {
  if (!enabled) return;
  try {
    performance.measure(`rafiq:${name}`, { start, end });
  } catch {
    // An old browser or a page that replaced `performance`: timing is optional.
  }
}
