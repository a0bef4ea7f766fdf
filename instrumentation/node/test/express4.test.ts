// Ground truth for Express 4: the suite in express-suite.ts.
import { expressSuite } from './express-suite';
import { setup } from './helpers';

expressSuite(4, setup());
