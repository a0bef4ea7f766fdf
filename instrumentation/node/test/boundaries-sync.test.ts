import { boundariesSuite } from './boundaries-suite';

boundariesSuite('sync');
