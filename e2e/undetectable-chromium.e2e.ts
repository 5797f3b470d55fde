import { describe } from 'vitest';
import { chromiumDriver } from './driver';
import { undetectableSuite } from './undetectable.suite';

describe('Chromium: what a site can tell of Rafiq', () => undetectableSuite(chromiumDriver));
