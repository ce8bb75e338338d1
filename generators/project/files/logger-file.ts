import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';

/** src/lib/logger.ts: one JSON object per line on stdout, filtered by level. */
export function loggerFile(): string {
  return printSourceFile({
    statements: [
      typeAlias('LogLevel', "'debug' | 'info' | 'warn' | 'error' | 'silent'"),
      interfaceOf('Logger', [
        property('debug', 'LogMethod'),
        property('info', 'LogMethod'),
        property('warn', 'LogMethod'),
        property('error', 'LogMethod'),
        property('enabled', "(level: Exclude<LogLevel, 'silent'>) => boolean", { docs: ['Whether messages of `level` are written: skip building what would be thrown away.'] }),
      ]),
      typeAlias('LogMethod', '(message: string, fields?: Record<string, unknown>) => void', { exported: false }),
      constant('severity', '{ debug: 10, info: 20, warn: 30, error: 40, silent: 100 }', { type: 'Record<LogLevel, number>' }),
      func('createLogger', [param('level', 'LogLevel')], 'Logger', [
        "const method = (name: Exclude<LogLevel, 'silent'>): LogMethod => (message, fields) => {",
        '  if (severity[name] < severity[level]) return;',
        '  process.stdout.write(`${JSON.stringify({ level: name, time: new Date().toISOString(), message, ...fields })}\\n`);',
        '};',
        'return {',
        "  debug: method('debug'),",
        "  info: method('info'),",
        "  warn: method('warn'),",
        "  error: method('error'),",
        '  enabled: (name) => severity[name] >= severity[level],',
        '};',
      ], { exported: true }),
    ],
  });
}
