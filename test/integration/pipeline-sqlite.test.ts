import { pipelineSuite } from './pipeline';
import { sqliteStore } from '../helpers/stores';

pipelineSuite('SQLite', sqliteStore, 0);
