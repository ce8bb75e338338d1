import { mysqlAvailable } from '../helpers/services.js';
import { defineMigrationSuite } from './migration-suite.js';

defineMigrationSuite('mysql', await mysqlAvailable());
