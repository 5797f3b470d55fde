import { describe } from 'vitest';
import { chromiumDriver } from './driver';
import { everyReaderSuite } from './every-reader.suite';

describe('Chromium (Debian chromium, playwright-core)', () => everyReaderSuite(chromiumDriver));
