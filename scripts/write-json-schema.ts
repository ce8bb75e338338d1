import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { specJsonSchema } from '../src/spec/json-schema.js';

writeFileSync(join(packageRoot, 'kiln.schema.json'), specJsonSchema());
console.log('wrote kiln.schema.json');
