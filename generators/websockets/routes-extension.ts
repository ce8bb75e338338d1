import type { GeneratorContext } from '../../src/generator/define.js';
import type { ResourceRoutesPlan } from '../resource/routes-plan.js';
import { channelOf, publishedModels } from './model.js';
import type { WebsocketsOptions } from './options.js';

/** The websockets feature's part of a resource's routes: each committed write publishes an event with the row. */
export function publishWrites(plan: ResourceRoutesPlan, options: WebsocketsOptions, { spec }: GeneratorContext): void {
  if (!publishedModels(spec, options).some((model) => model.name === plan.model.name)) return;
  const collection = `collection: '${channelOf(plan.model)}'`;
  const record = plan.names.instance;
  plan.afterWrite.create.push(`deps.realtime.publish({ ${collection}, event: 'created', id: ${record}.id, data: ${record} });`);
  plan.afterWrite.update.push(`deps.realtime.publish({ ${collection}, event: 'updated', id, data: ${record} });`);
  plan.afterWrite.delete.push(`deps.realtime.publish({ ${collection}, event: 'deleted', id, data: { id } });`);
}
