/**
 * Structured logs: one JSON object per line on stdout, `{"level","msg",…fields,"time"}`. Also the logger yoga uses
 * (debug/info/warn/error with free arguments), so its own messages come out in the same shape.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; stdout by default (tests pass a collector). */
  write?: (line: string) => void;
}

/** LOG_LEVEL from the environment, info when unset or unknown. */
export function logLevelOf(value: string | undefined): LogLevel {
  return value !== undefined && value in RANK ? (value as LogLevel) : 'info';
}

function describe(value: unknown): Record<string, unknown> {
  if (value instanceof Error) {
    const cause = value.cause instanceof Error ? { cause: value.cause.message } : {};
    return { error: value.name, detail: value.message, stack: value.stack, ...cause };
  }
  if (value !== null && typeof value === 'object') return { ...(value as Record<string, unknown>) };
  return { detail: String(value) };
}

/** A log line: the first string argument is the message, objects and errors become fields. */
export function formatLine(level: LogLevel, args: unknown[]): string {
  const [first, ...rest] = args;
  const msg = typeof first === 'string' ? first : first instanceof Error ? first.message : 'log';
  const fields = (typeof first === 'string' ? rest : args).reduce<Record<string, unknown>>(
    (all, arg) => ({ ...all, ...describe(arg) }),
    {},
  );
  return JSON.stringify({ level, msg, ...fields, time: new Date().toISOString() });
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const at =
    (level: Exclude<LogLevel, 'silent'>) =>
    (...args: unknown[]) => {
      if (RANK[level] >= threshold) write(formatLine(level, args));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
