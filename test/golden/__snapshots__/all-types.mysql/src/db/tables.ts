import type { SampleTable } from './tables/sample.js';
import type { GroupTable } from './tables/group.js';
import type { UserTable } from './tables/user.js';
import type { ProfileTable } from './tables/profile.js';

/** Every table, as kysely sees them. */
export interface Database {
  samples: SampleTable;
  groups: GroupTable;
  users: UserTable;
  profiles: ProfileTable;
}
