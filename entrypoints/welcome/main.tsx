import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Legend } from '../../components/Legend';
import { PageHeader } from '../../components/PageHeader';
import '../../components/panel.css';
import '../../components/pages.css';
import { useUi } from '../../extension/use-ui';
import arCard from '../../locales/ar/card.json';
import ar from '../../locales/ar/welcome.json';
import enCard from '../../locales/en/card.json';
import en from '../../locales/en/welcome.json';
import zhCard from '../../locales/zh/card.json';
import zh from '../../locales/zh/welcome.json';

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

/** Rafiq's commands in the order the manifest declares them (the browser lists them in its own). */
const ORDER = ['toggle-language', 'toggle-rafiq', 'next-entity', 'previous-entity', 'open-panel'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/**
 * The commands as the browser assigned them (the user may have changed or cleared any), without
 * the browser's own `_execute_action` (Chrome lists it: it opens the popup, which needs no help).
 */
function useCommands(): Command[] {
  const [commands, setCommands] = useState<Command[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then((all) =>
      setCommands(
        all
          .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }))
          .filter((c) => c.name && !c.name.startsWith('_'))
          .sort((a, b) => rank(a.name) - rank(b.name)),
      ),
    );
  }, []);
  return commands;
}

/** Key names as printed on keyboards: the manifest's `Period` and `Comma` are `.` and `,`. */
const KEY_LABELS: Record<string, string> = { Period: '.', Comma: ',', Space: '␣' };

/** `Alt+Shift+Period` as <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>.</kbd>, always left to right. */
function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcut.split('+');
  return (
    <bdi dir="ltr" class="keys">
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && '+'}
          <kbd>{KEY_LABELS[key] ?? key}</kbd>
        </span>
      ))}
    </bdi>
  );
}

/**
 * Where shortcuts are changed. Neither browser lets a page link there: Firefox (137+) opens it
 * with `commands.openShortcutSettings`, Chrome lets an extension open chrome:// pages in a tab.
 */
function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings().catch(() => {});
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => {});
}

function Welcome() {
  const { t, i18n, language } = useUi({ welcome: { en, zh, ar }, card: { en: enCard, zh: zhCard, ar: arCard } });
  const commands = useCommands();

  return (
    <main>
      <PageHeader title={t('title')} tagline={t('tagline')} />

      <section aria-labelledby="what">
        <h2 id="what">{t('what.title')}</h2>
        <p>{t('what.body')}</p>
        <p>{t('what.quiet')}</p>
      </section>

      <section aria-labelledby="legend">
        <h2 id="legend">{t('legend.title')}</h2>
        <p>{t('legend.intro')}</p>
        <Legend t={i18n.getFixedT(language, 'card')} />
      </section>

      <section aria-labelledby="card">
        <h2 id="card">{t('card.title')}</h2>
        <ul class="steps">
          <li>
            {t('card.mouse')} {t('card.modifier')}
          </li>
          <li>{t('card.touch')}</li>
          <li>{t('card.keyboard')}</li>
        </ul>
        <h3 id="shortcuts">{t('shortcuts.title')}</h3>
        <table class="shortcut-table" aria-labelledby="shortcuts">
          <tbody>
            {commands.map((c) => (
              <tr key={c.name} data-command={c.name}>
                <th scope="row">{t(`shortcuts.${c.name}`, { defaultValue: c.description })}</th>
                <td>
                  {c.shortcut ? <Keys shortcut={c.shortcut} /> : <span class="muted">{t('shortcuts.unset')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">{t(import.meta.env.FIREFOX ? 'shortcuts.whereFirefox' : 'shortcuts.whereChrome')}</p>
        <p>
          <button type="button" data-action="shortcuts" onClick={openShortcutSettings}>
            {t('shortcuts.change')}
          </button>
        </p>
        <p>{t('card.panel')}</p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('privacy.title')}</h2>
        <p>{t('privacy.body')}</p>
        <p>{t('privacy.sync')}</p>
      </section>

      <section aria-labelledby="settings">
        <h2 id="settings">{t('settings.title')}</h2>
        <p>{t('settings.body')}</p>
        <p>
          <button
            type="button"
            class="primary"
            data-action="options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('settings.open')}
          </button>
        </p>
      </section>
    </main>
  );
}

render(<Welcome />, document.getElementById('app') as HTMLElement);
