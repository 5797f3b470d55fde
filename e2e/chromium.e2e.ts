import { describe } from 'vitest';
import { chromiumDriver } from './driver';
import { experienceSuite } from './experience.suite';
import { firstRunSuite } from './first-run.suite';
import { readingSuite } from './reading.suite';

describe('Chromium (Debian chromium, playwright-core)', () => {
  describe('reading', () => readingSuite(chromiumDriver));
  describe('experience', () => experienceSuite(chromiumDriver));
  describe('first run', () => firstRunSuite(chromiumDriver));
});
