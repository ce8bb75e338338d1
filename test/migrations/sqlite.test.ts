import { defineMigrationSuite } from './migration-suite.js';

defineMigrationSuite('sqlite', true);
