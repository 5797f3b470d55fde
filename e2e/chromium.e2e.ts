import { describe } from 'vitest';
import { chromiumDriver } from './driver';
import { readingSuite } from './reading.suite';

describe('Chromium (Debian chromium, playwright-core)', () => readingSuite(chromiumDriver));
