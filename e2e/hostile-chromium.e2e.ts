import { describe } from 'vitest';
import { chromiumDriver } from './driver';
import { hostileSuite } from './hostile.suite';

describe('Chromium: hostile pages', () => hostileSuite(chromiumDriver));
