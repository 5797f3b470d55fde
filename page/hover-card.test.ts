// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createI18n } from '../extension/i18n';
import { buildGlossary } from '../glossary/build';
import ar from '../locales/ar/card.json';
import en from '../locales/en/card.json';
import zh from '../locales/zh/card.json';
import { HoverCard } from './hover-card';

const { index, details } = buildGlossary();

describe('HoverCard.warmUp', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("does the first card's one-time work once, when the browser is idle, and leaves no card in the page", () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const i18n = createI18n({ card: { en, zh, ar } }, 'en');
    const t = vi.spyOn(i18n, 't');
    const card = new HoverCard(index, 'en', i18n);
    card.setInspectable(true);
    const children = document.documentElement.children.length;
    card.warmUp();
    card.warmUp();
    expect(idle).toHaveLength(1);
    expect(t).not.toHaveBeenCalled();
    idle[0]?.();
    // The number format and plural rules of the card's count, and the card rendered once.
    expect(t).toHaveBeenCalledWith('onPage', { count: 2 });
    expect(t.mock.calls.length).toBeGreaterThan(1);
    // What stays is the host the first card adds anyway, its layer empty and out of the top layer.
    expect(document.documentElement.children).toHaveLength(children + 1);
    const layer = document.documentElement.lastElementChild?.shadowRoot?.querySelector<HTMLElement>('.rafiq-layer');
    expect(layer?.childElementCount).toBe(0);
    expect(layer?.style.display).toBe('none');
    expect(layer?.style.visibility).toBe('');
    card.destroy();
    expect(document.documentElement.children).toHaveLength(children);
  });

  it('fetches the explanations of the entities the page names ahead, in one message, and only those not held', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(async (message: unknown) =>
        Object.fromEntries(((message as { ids: string[] }).ids ?? []).map((id) => [id, details[id]])),
      );
    const i18n = createI18n({ card: { en, zh, ar } }, 'en');
    const card = new HoverCard(index, 'en', i18n, undefined, undefined, () => ['xi-jinping', 'astana']);
    card.warmUp();
    idle[0]?.();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith({ type: 'background:get-details-of', ids: ['xi-jinping', 'astana'] });
    // Held now: a card for either draws its explanation at once, and nothing is asked again.
    // biome-ignore lint/complexity/useLiteralKeys: a private member, reached as TypeScript allows
    await vi.waitFor(() => expect(card['details'].get('astana')).toEqual(details.astana));
    // biome-ignore lint/complexity/useLiteralKeys: a private member, reached as TypeScript allows
    expect(card['details'].get('xi-jinping')).toEqual(details['xi-jinping']);
    // biome-ignore lint/complexity/useLiteralKeys: a private member, reached as TypeScript allows
    card['loadPageDetails']();
    expect(send).toHaveBeenCalledTimes(1);
    send.mockRestore();
  });
});
