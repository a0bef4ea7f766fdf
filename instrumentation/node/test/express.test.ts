// Ground truth for Express 5: the suite in express-suite.ts.
import { expressSuite } from './express-suite';
import { setup } from './helpers';

expressSuite(5, setup());
