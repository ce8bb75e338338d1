import { postgresAvailable } from '../helpers/services.js';
import { defineMigrationSuite } from './migration-suite.js';

defineMigrationSuite('postgres', await postgresAvailable());
