import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: Node (and happy-dom where a file asks for it). The e2e suite has its own config. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,glossary,extension,page,components,scripts,entrypoints,locales,e2e}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Through Vite, so a test can load franc over other data (lib/detect/franc-data.test.ts).
    server: { deps: { inline: ['franc-min'] } },
  },
});
