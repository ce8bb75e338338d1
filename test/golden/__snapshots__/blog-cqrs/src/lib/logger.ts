export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  /** Whether messages of `level` are written: skip building what would be thrown away. */
  enabled: (level: Exclude<LogLevel, 'silent'>) => boolean;
}

type LogMethod = (message: string, fields?: Record<string, unknown>) => void;

const severity: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel): Logger {
  const method =
    (name: Exclude<LogLevel, 'silent'>): LogMethod =>
    (message, fields) => {
      if (severity[name] < severity[level]) return;
      process.stdout.write(
        `${JSON.stringify({ level: name, time: new Date().toISOString(), message, ...fields })}\n`,
      );
    };
  return {
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    enabled: (name) => severity[name] >= severity[level],
  };
}
