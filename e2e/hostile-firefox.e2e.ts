import { describe } from 'vitest';
import { firefoxDriver } from './driver';
import { hostileSuite } from './hostile.suite';

describe('Firefox: hostile pages', () => hostileSuite(firefoxDriver));
