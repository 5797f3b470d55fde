import { describe } from 'vitest';
import { firefoxDriver } from './driver';
import { everyReaderSuite } from './every-reader.suite';

describe('Firefox (Debian firefox-esr, puppeteer-core)', () => everyReaderSuite(firefoxDriver));
