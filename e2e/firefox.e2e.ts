import { describe } from 'vitest';
import { firefoxDriver } from './driver';
import { readingSuite } from './reading.suite';

describe('Firefox (Debian firefox-esr, puppeteer-core)', () => readingSuite(firefoxDriver));
