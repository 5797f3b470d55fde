import { useEffect, useState } from 'preact/hooks';
import type { Setting } from './settings';

/**
 * A stored setting as Preact state (its fallback until storage answers), kept current when any
 * surface or tab changes it.
 */
export function useSetting<T>(setting: Setting<T>): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(setting.fallback);
  useEffect(() => {
    void setting.read().then(setValue);
    return setting.watch(setValue);
  }, [setting]);
  return [value, (next) => void setting.set(next)];
}
