import { describe } from 'vitest';
import { a11ySuite } from './a11y.suite';

/** Chromium only: axe-core runs in the page, and Chromium is where the DevTools protocol loads it. */
describe('Chromium: accessibility (axe-core, WCAG 2.1 A and AA)', () => a11ySuite());
