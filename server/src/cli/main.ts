/**
 * `npm run -s cascade -- <command> …` — the one command-line entry (DESIGN.md §9).
 * It lives in server/ because `load` needs the stores; `parse` and `build` are graph-seed's own commands.
 * Commands are imported lazily so `parse` does not pay for loading the database drivers.
 */

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  parse: {
    summary: 'parse <file>                         print the PolicyDocument of one text as JSON',
    load: async () => (await import('@policy-cascade/graph-seed/cli/parseCommand')).parseCommand,
  },
  build: {
    summary: 'build [--corpus <dir>]… [--out <file>]  print the PolicyGraph of a corpus as JSON',
    load: async () => (await import('@policy-cascade/graph-seed/cli/buildCommand')).buildCommand,
  },
  load: {
    summary:
      'load [--corpus <dir>]… [--store <grafeo-dir | neo4j://…>] [--reviews <file>]  load the corpus into a store',
    load: async () => (await import('./loadCommand')).loadCommand,
  },
  export: {
    summary: 'export [--corpus <dir>] [--csv <dir>] [--json <file>]  nodes.csv + edges.csv and/or the graph JSON',
    load: async () => (await import('./exportCommand')).exportCommand,
  },
  reviews: {
    summary:
      'reviews export|import <file> [--data-dir <dir>]  the reviews of CASCADE_DATA_DIR as JSON, or take a file in',
    load: async () => (await import('./reviewsCommand')).reviewsCommand,
  },
};

function usage(): string {
  return [
    'usage: npm run -s cascade -- <command> [options]',
    '',
    ...Object.values(commands).map((c) => `  ${c.summary}`),
    '',
    'build and load exit 0 when every text was read, 2 when some were refused (each reported as file:line: message)',
    'and the rest built, 1 when nothing was built.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 1 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`cascade: unknown command '${name}'\n${usage()}\n`);
    return 1;
  }
  return (await command.load())(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: commands report their own errors; reaching here is a bug, but still no stack dump for users.
    process.stderr.write(`cascade: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
