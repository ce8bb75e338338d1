import { mergeImports } from '../../src/ast/structures.js';
import { ensurePackageEntries } from '../../src/edit/package-json.js';
import { defineGenerator } from '../../src/generator/define.js';
import { configPoint, type ConfigPlan } from '../project/config-plan.js';
import { moduleFromSrc, serverPoint, type ServerPlan } from '../project/server-plan.js';
import { addRedisEnvironment, writeRedisSupport } from '../redis-support/use-redis.js';
import { withVersions } from '../project/model.js';
import { routesPoint } from '../resource/routes-plan.js';
import { accessPoint, defaultAccessPlan, type RealtimeAccessPlan } from './access-plan.js';
import { clientMessagesFile } from './files/client-messages-file.js';
import { createRealtimeFile } from './files/create-realtime-file.js';
import { realtimeAccessFile } from './files/realtime-access-file.js';
import { realtimeEventFile } from './files/realtime-event-file.js';
import { realtimeHubFile } from './files/realtime-hub-file.js';
import { realtimeSettingsFile } from './files/realtime-settings-file.js';
import { realtimeTestFile } from './files/realtime-test-file.js';
import { credentialsOf, resourcePlans } from '../resource/plans.js';
import { redisHubFile } from './files/redis-hub-file.js';
import { websocketEndpointFile } from './files/websocket-endpoint-file.js';
import { channelOf, publishedModels, realtimePaths } from './model.js';
import { websocketsOptions } from './options.js';
import { publishWrites } from './routes-extension.js';

export default defineGenerator({
  name: 'websockets',
  summary: 'src/features/realtime/: a websocket endpoint on the app server; clients subscribe to created/updated/deleted events, fanned out through Redis when REDIS_URL is set.',
  kind: 'feature',
  options: websocketsOptions,
  requires: ['project', 'resource'],
  extend: {
    [routesPoint]: publishWrites,
    [serverPoint]: (plan: ServerPlan, _options, { extensions }) => {
      plan.services.push({
        name: 'realtime',
        type: { name: 'RealtimeHub', from: moduleFromSrc(realtimePaths.hub) },
        factory: { name: 'createRealtime', from: moduleFromSrc(realtimePaths.createRealtime) },
      });
      const access = defaultAccessPlan();
      for (const extend of extensions<RealtimeAccessPlan>(accessPoint)) extend(access);
      plan.imports = mergeImports(plan.imports, access.imports, {
        [moduleFromSrc(realtimePaths.endpoint)]: { names: ['attachWebSockets'] },
        [moduleFromSrc(realtimePaths.settings)]: { names: ['realtimeSettings'] },
      });
      plan.attach.push(`const websockets = attachWebSockets(server, { hub: realtime, access: ${access.access}, logger, ...realtimeSettings.endpoint });`);
      plan.shutdown.push('websockets.close();');
    },
    [configPoint]: (plan: ConfigPlan) => addRedisEnvironment(plan),
  },
  generate(tree, options, { spec, renderBlueprint, extensions }) {
    const models = publishedModels(spec, options);
    const channels = models.map(channelOf);
    const redisChannel = `${spec.name}:realtime`;
    const readme = { ...options, redisChannel, models: models.map((model) => ({ name: model.name, channel: channelOf(model) })) };
    tree.write(realtimePaths.readme, renderBlueprint('README.md.hbs', readme));
    tree.write(realtimePaths.event, realtimeEventFile());
    tree.write(realtimePaths.hub, realtimeHubFile());
    tree.write(realtimePaths.redisHub, redisHubFile());
    tree.write(realtimePaths.access, realtimeAccessFile());
    tree.write(realtimePaths.clientMessages, clientMessagesFile());
    tree.write(realtimePaths.endpoint, websocketEndpointFile());
    tree.write(realtimePaths.settings, realtimeSettingsFile(options, channels, redisChannel));
    tree.write(realtimePaths.createRealtime, createRealtimeFile());
    const [tested] = models;
    if (tested) tree.write(realtimePaths.test, realtimeTestFile(tested, channelOf(tested), credentialsOf(resourcePlans(tested, extensions).tests)));
    writeRedisSupport(tree);
    tree.update('package.json', (text) =>
      ensurePackageEntries(text, { dependencies: withVersions(['ws']), devDependencies: withVersions(['@types/ws']) }),
    );
  },
});
