import { pipelineSuite } from './pipeline';
import { postgresStore } from '../helpers/stores';

pipelineSuite('PostgreSQL', postgresStore, 2);
