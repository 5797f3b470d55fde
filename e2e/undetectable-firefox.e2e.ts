import { describe } from 'vitest';
import { firefoxDriver } from './driver';
import { undetectableSuite } from './undetectable.suite';

describe('Firefox: what a site can tell of Rafiq', () => undetectableSuite(firefoxDriver));
