import { describe } from 'vitest';
import { firefoxDriver } from './driver';
import { experienceSuite } from './experience.suite';
import { firstRunSuite } from './first-run.suite';
import { readingSuite } from './reading.suite';

describe('Firefox (Debian firefox-esr, puppeteer-core)', () => {
  describe('reading', () => readingSuite(firefoxDriver));
  describe('experience', () => experienceSuite(firefoxDriver));
  describe('first run', () => firstRunSuite(firefoxDriver));
});
