/**
 * User Timing marks for Rafiq's own work (`rafiq:probe`; `rafiq:read`, the main-thread time of a
 * whole read, and `rafiq:slice`, each task it was cut into; `rafiq:paint`; `rafiq:hover`). They show in the browser's performance tools and let `npm run bench:page`
 * measure the built extension on a real page. Measuring never throws into Rafiq's work.
 */

export function measure(name: string, start: number, end = performance.now()): void {
  try {
    performance.measure(`rafiq:${name}`, { start, end });
  } catch {
    // An old browser or a page that replaced `performance`: timing is optional.
  }
}
