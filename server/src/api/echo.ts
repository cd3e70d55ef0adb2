/**
 * What errors and logs may repeat of a request (issue 17): `departments(regionCode: <3.9 MB>)` once answered with
 * the 3.9 MB string and wrote 11.7 MB to the log. An argument is shown up to 100 characters, with its length.
 */

/** Characters of an argument repeated in an error or a log line. */
export const MAX_ECHO = 100;

/**
 * `value` as an error or a log may repeat it: up to `max` characters (the last one an ellipsis), then how long it
 * was. Clipping again changes nothing.
 */
export function echo(value: string, max = MAX_ECHO): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max - 1)}… (${value.length.toLocaleString('en')} characters)`;
}

/** Longest message an error carries, whatever it quotes. */
const MAX_MESSAGE = 1000;

/**
 * A message with every run of more than MAX_ECHO characters without a space cut down (the value it quotes: a
 * GraphQL error quotes the literal it could not coerce), and at most MAX_MESSAGE characters in all.
 */
export function clipMessage(message: string): string {
  const clipped = message.replace(new RegExp(`[^\\s"']{${MAX_ECHO + 1},}`, 'g'), (run) => echo(run));
  return echo(clipped, MAX_MESSAGE);
}
