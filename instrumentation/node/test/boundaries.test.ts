import { boundariesSuite } from './boundaries-suite';

boundariesSuite('full');
