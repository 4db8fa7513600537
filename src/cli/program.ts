/**
 * The command tree, generated from the exported catalogs with commander:
 * `chartstack <provider> <family> <method> [path params…] [--param value …]`.
 * Every endpoint gets a command whose arguments are its path placeholders and whose options are its
 * query and body parameters (SDK names, kebab-case accepted too), plus the options every call takes.
 * No endpoint has code of its own. Only the provider named on the command line is loaded.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION, type AnyEndpoint } from '../index.js';
import { runCall, type CallOptions } from './call.js';
import { coerceParam, coerceScalar } from './coerce.js';
import { byFamily, familyOf, methodIntro, methodOf, providerHelp, rootHelp } from './help.js';
import { kebab } from './names.js';
import { FORMATS } from './output/formats.js';
import { PROVIDERS, providerNamed, type Provider } from './providers.js';
import { isSwitch, paramInfo, type ParamInfo } from './schema-info.js';

/** On a list, the CLI's `--limit` caps the items, so the endpoint's page-size parameter `limit` is `--page-size`. */
const PAGE_SIZE = 'pageSize';

const width = () => Math.max(60, Math.min(process.stdout.columns ?? 100, 120));

/** Collects every occurrence of a flag; a switch given without a value arrives as `true`. */
const collect = (value: string, previous: unknown) => [...(Array.isArray(previous) ? previous : previous === true ? ['true'] : []), value];
const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

function positiveNumber(what: string, integer: boolean) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new InvalidArgumentError(`expected ${what}.`);
    return n;
  };
}

/** The placeholder shown after a parameter's flag in help. */
function placeholder(info: ParamInfo): string {
  if (info.list) return info.kinds.has('json') ? '<json>' : '<list>';
  if (info.kinds.has('json')) return '<json>';
  if (/date/i.test(info.expected)) return '<date>';
  if (info.kinds.has('number') && !info.kinds.has('string')) return '<n>';
  return '<value>';
}

/** The option of one query or body parameter. */
function paramOption(info: ParamInfo, flagName: string): Option {
  const flags = kebab(flagName) === flagName ? `--${flagName}` : `--${flagName}, --${kebab(flagName)}`;
  const accepted = info.list
    ? `${info.expected}; repeat the flag or separate with commas${info.kinds.has('json') ? ' (JSON, or @file.json)' : ''}`
    : info.kinds.has('json')
      ? `${info.expected} (JSON, or @file.json)`
      : info.expected;
  const text = `${info.required ? '(required) ' : ''}${accepted}${flagName === PAGE_SIZE ? ' — the page size (the API\'s `limit`)' : ''}`;
  if (isSwitch(info)) return new Option(`${flags} [bool]`, `${text} (the flag alone means true)`).argParser(collect).helpGroup('Parameters:');
  return new Option(`${flags} ${placeholder(info)}`, text).argParser(collect).helpGroup('Parameters:');
}

/** The options every endpoint command takes. */
function addCallOptions(cmd: Command, e: AnyEndpoint, waitable: boolean): void {
  const output = (o: Option) => cmd.addOption(o.helpGroup('Output:'));
  const connection = (o: Option) => cmd.addOption(o.helpGroup('Connection:'));
  output(new Option('--format <format>', 'the output format; default json when piped, table on a terminal').choices(FORMATS));
  output(new Option('--out <file>', 'write to a file instead of stdout (.csv, .ndjson, .json set the format)'));
  output(new Option('--columns <list>', 'CSV and table: the columns to write, comma-separated (nested: artist.name)').argParser(list));
  output(new Option('--rows <key>', 'the list inside the result that gives the rows (default: the only list of objects)'));
  output(new Option('--plot [fields]', 'draw the time series as sparklines (optionally only these fields)').argParser(list));
  output(new Option('--progress', 'show the progress line on stderr even when it is not a terminal'));
  output(new Option('--no-progress', 'never show the progress line'));
  if (e.paginate) {
    cmd.addOption(new Option('--all', 'follow every page (default: the first page only)').helpGroup('Pages:'));
    cmd.addOption(new Option('--limit <n>', 'stop after n items (follows pages as needed)').argParser(positiveNumber('a positive integer', true)).helpGroup('Pages:'));
  }
  if (waitable) connection(new Option('--wait', 'wait until the job is ready (progress on stderr), then print it'));
  connection(new Option('--sandbox', 'run against the embedded sandbox (no account needed)'));
  connection(new Option('--env-file <file>', 'read credentials from a dotenv file (the environment wins)'));
  connection(new Option('--base-url <url>', 'another API host (https, or http on loopback)'));
  connection(new Option('--rate <perSecond>', 'send at most this many requests per second').argParser(positiveNumber('a positive number', false)));
  connection(new Option('--timeout <ms>', 'timeout of each attempt, in milliseconds').argParser(positiveNumber('a positive integer', true)));
  connection(new Option('--max-retries <n>', 'retries after a retryable failure (default 2)').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected an integer ≥ 0.');
    return n;
  }));
}

/** Where the state of one parse is kept: the exit code of the call that ran. */
interface Outcome {
  code: number;
}

/** One endpoint's command. */
function methodCommand(provider: Provider, e: AnyEndpoint, siblings: readonly AnyEndpoint[], outcome: Outcome): Command {
  const family = familyOf(e);
  const method = methodOf(e);
  const cmd = new Command(method).description(methodIntro(e));
  if (kebab(method) !== method) cmd.alias(kebab(method));

  const pathNames = Array.from(e.path.matchAll(/\{([^}]+)\}/g), (m) => m[1]!);
  const pathInfos = pathNames.map((name) => paramInfo(name, e.pathParams?.[name], { required: true }));
  for (const info of pathInfos) cmd.argument(`<${info.name}>`, info.expected);

  const shape = { ...e.query?.def.shape, ...e.body?.def.shape };
  const params = Object.entries(shape).map(([name, schema]) => paramInfo(name, schema));
  const flagOf = (name: string) => (e.paginate && name === 'limit' ? PAGE_SIZE : name);
  for (const info of params) cmd.addOption(paramOption(info, flagOf(info.name)));

  // An asynchronous job (a family with `create` and `get`): `--wait` waits for it through the SDK.
  const waitable = (method === 'create' || method === 'get') && ['create', 'get'].every((m) => siblings.some((s) => methodOf(s) === m));
  addCallOptions(cmd, e, waitable);

  cmd.action(async function (this: Command) {
    const opts = this.opts<Record<string, unknown>>();
    const pathArgs = pathInfos.map((info, i) => coerceScalar(String(this.processedArgs[i]), info.kinds, `<${info.name}>`));
    let values: Record<string, unknown> | undefined;
    for (const info of params) {
      const flag = flagOf(info.name);
      const given = opts[flag];
      const value = coerceParam(info, given === true ? ['true'] : ((given as string[] | undefined) ?? []), `--${kebab(flag)}`);
      if (value !== undefined) (values ??= {})[info.name] = value;
    }
    const options: CallOptions = {
      format: opts.format as CallOptions['format'],
      out: opts.out as string | undefined,
      columns: opts.columns as string[] | undefined,
      rows: opts.rows as string | undefined,
      plot: opts.plot as CallOptions['plot'],
      all: opts.all as boolean | undefined,
      limit: opts.limit as number | undefined,
      progress: opts.progress as boolean | undefined,
      wait: opts.wait as boolean | undefined,
      sandbox: opts.sandbox as boolean | undefined,
      envFile: opts.envFile as string | undefined,
      baseUrl: opts.baseUrl as string | undefined,
      rate: opts.rate as number | undefined,
      timeout: opts.timeout as number | undefined,
      maxRetries: opts.maxRetries as number | undefined,
    };
    outcome.code = await runCall({ provider, endpoint: e, family, method, pathArgs, params: values, options });
  });
  return cmd;
}

/** A provider's command with every family and method. */
function providerCommand(provider: Provider, endpoints: readonly AnyEndpoint[], outcome: Outcome): Command {
  const cmd = new Command(provider.name).description(provider.blurb);
  cmd.helpInformation = () => providerHelp(provider, endpoints, width());
  for (const [family, list] of byFamily(endpoints)) {
    if (!family) {
      // Methods on the client itself (ChartMogul `ping`): `chartstack chartmogul ping`.
      for (const e of list) cmd.addCommand(methodCommand(provider, e, list, outcome));
      continue;
    }
    const fam = new Command(family).description(`${list.length} methods`);
    if (kebab(family) !== family) fam.alias(kebab(family));
    fam.helpInformation = () => providerHelp(provider, endpoints, width(), family);
    for (const e of list) fam.addCommand(methodCommand(provider, e, list, outcome));
    cmd.addCommand(fam);
  }
  return cmd;
}

/**
 * Parses `argv` (as `process.argv`) and runs the command; resolves with the exit code.
 * Commander reports usage errors itself (unknown option, missing argument: exit 2).
 */
export async function run(argv: readonly string[]): Promise<number> {
  const outcome: Outcome = { code: 0 };
  const program = new Command('chartstack')
    .version(VERSION, '-v, --version', 'print the version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const named = providerNamed(argv.slice(2).find((a) => !a.startsWith('-')) ?? '');
  const counts = new Map<string, number>();
  for (const provider of PROVIDERS) {
    if (provider === named) {
      program.addCommand(providerCommand(provider, await provider.endpoints(), outcome));
    } else {
      // Not asked for: a stub for help and suggestions; its catalog stays unloaded.
      program.addCommand(new Command(provider.name).description(provider.blurb));
      if (!named) counts.set(provider.name, (await provider.endpoints()).length);
    }
  }
  program.helpInformation = () => rootHelp(PROVIDERS, counts, width());
  // Commands made with `new Command()` do not inherit settings: give every one the program's
  // error handling (throw instead of exiting, suggestions, stderr).
  const inherit = (cmd: Command) => {
    for (const sub of cmd.commands) {
      sub.copyInheritedSettings(cmd);
      inherit(sub);
    }
  };
  inherit(program);
  try {
    await program.parseAsync(argv as string[]);
    return outcome.code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
}
