/**
 * Structured logs: one JSON object per line on stdout, `{"level","msg",…fields,"time"}`. Also the logger yoga uses
 * (debug/info/warn/error with free arguments), so its own messages come out in the same shape. What a request sent
 * is never written at length (strings are clipped, see echo.ts), credentials never: URIs lose their user and
 * password, and the secrets the logger is given (NEO4J_PASSWORD, CASCADE_WRITE_TOKEN) are masked wherever they occur.
 */
import { clipMessage } from './echo';
import { redactUri } from '../config';
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
  /** Values never to write: each occurrence becomes ***. */
  secrets?: readonly (string | undefined)[];
}

/** A stack trace's frames beyond these are left out. */
const MAX_STACK = 4000;

/** LOG_LEVEL from the environment, info when unset or unknown. */
export function logLevelOf(value: string | undefined): LogLevel {
  return value !== undefined && value in RANK ? (value as LogLevel) : 'info';
}

function describe(value: unknown): Record<string, unknown> {
  if (value instanceof Error) {
    const cause = value.cause instanceof Error ? { cause: value.cause.message } : {};
    // The stack's first line repeats the message: clipped like it.
    const stack = value.stack?.replace(/^.*$/m, (first) => clipMessage(first)).slice(0, MAX_STACK);
    return { error: value.name, detail: value.message, stack, ...cause };
  }
  if (value !== null && typeof value === 'object') return { ...(value as Record<string, unknown>) };
  return { detail: String(value) };
}

/** Strings clipped (the stack to MAX_STACK) and URIs without credentials, and errors described, at any depth. */
function safe(key: string, value: unknown): unknown {
  // An error inside a field (`{ error }`) would otherwise be written as {}.
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (typeof value !== 'string') return value;
  return key === 'stack' ? redactUris(value) : redactUris(clipMessage(value));
}

function redactUris(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@'"]*@/gi, (uri) => redactUri(uri));
}

/** A log line: the first string argument is the message, objects and errors become fields. */
export function formatLine(level: LogLevel, args: unknown[]): string {
  const [first, ...rest] = args;
  const msg = typeof first === 'string' ? first : first instanceof Error ? first.message : 'log';
  const fields = (typeof first === 'string' ? rest : args).reduce<Record<string, unknown>>(
    (all, arg) => ({ ...all, ...describe(arg) }),
    {},
  );
  return JSON.stringify({ level, msg, ...fields, time: new Date().toISOString() }, safe);
}

function masking(secrets: readonly (string | undefined)[] = []): (line: string) => string {
  // JSON-escaped, as they appear in a line; short values would mask innocent text and are no secrets anyway.
  const escaped = secrets
    .filter((secret): secret is string => secret !== undefined && secret.length >= 4)
    .map((secret) => JSON.stringify(secret).slice(1, -1));
  if (escaped.length === 0) return (line) => line;
  return (line) => escaped.reduce((masked, secret) => masked.split(secret).join('***'), line);
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const mask = masking(options.secrets);
  const output = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const write = (line: string) => output(mask(line));
  const at =
    (level: Exclude<LogLevel, 'silent'>) =>
    (...args: unknown[]) => {
      if (RANK[level] >= threshold) write(formatLine(level, args));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
