/** Where CLI output goes: the entry point passes the process streams, tests can pass buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** How a command ended; the router turns `usage` into a message plus the usage text, exit 2. */
export type CliOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'usage'; readonly message: string };

/** One line of the usage text: arguments after `study-coach`, and what they do. */
export interface CliUsage {
  readonly args: string;
  readonly summary: string;
}

/** A top-level subcommand, e.g. `curriculum`; listed in the one array of src/cli.ts. */
export interface CliCommand {
  readonly name: string;
  readonly usage: readonly CliUsage[];
  run(args: readonly string[], io: CliIo): Promise<CliOutcome>;
}
