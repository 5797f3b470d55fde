import type { TFunction } from 'i18next';

interface Props<T extends string> {
  /** i18n key prefix: `${prefix}.label` and `${prefix}.${option}`. */
  prefix: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  t: TFunction;
}

/** A labelled drop-down for one setting. */
export function Select<T extends string>({ prefix, options, value, onChange, t }: Props<T>) {
  return (
    <label class="rafiq-select">
      {t(`${prefix}.label`)}{' '}
      <select
        data-setting={prefix}
        value={value}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {t(`${prefix}.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
