import { parseArgs } from 'node:util';
import { loadConfig, type Config } from './config';
import { CliError } from './cli/team-pick';
import {
  cmdBackup,
  cmdErase,
  cmdInit,
  cmdInvite,
  cmdMembers,
  cmdRevoke,
  cmdStart,
  type Flags,
} from './cli/commands';

const HELP = `Meishi team server

usage: npm run server -- <command> [options]

commands:
  start                         serve the API (creates "My team" and an admin invite on first run)
  init --team "Acme"            create a team and print a one-time invite for its first admin
  invite --role <role>          print a one-time invite; role: admin, member or viewer
         [--expires 7d]         how long it stays valid: 30m, 12h, 7d (default 7d)
  members                       list members and their devices
  revoke <member-or-device-id>  revoke a member (and all their devices) or one device
  backup <file>                 online copy of the SQLite database (prints the pg_dump line on PostgreSQL)
  erase --email <a@b> | --phone <+81…> | --person <id>
                                GDPR erasure: removes the person and everything pointing at them

options (each also read from the environment variable shown):
  --database-url <url>  DATABASE_URL   SQLite file (default ./data/meishi.db) or postgres://…
  --host <host>         HOST           listen address (default 127.0.0.1)
  --port <port>         PORT           listen port (default 8787)
  --public-url <url>    PUBLIC_URL     the URL members use to reach this server
  --log-level <level>   LOG_LEVEL      debug, info, warn, error or silent (default info)
  --trash-days <n>      TRASH_DAYS     days deleted records stay restorable (default 30)
  --rate-limit <n>      RATE_LIMIT_PER_MINUTE   requests per minute per device (default 600)
  --delete-brake <n>    DELETE_BRAKE_PER_HOUR   deletions per member per hour before a pause (default 50)
  --team <id|name>      which team, when the server holds several
  -h, --help            this help

exit codes: 0 done, 1 failed, 2 wrong usage`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  team: { type: 'string' },
  role: { type: 'string' },
  expires: { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  person: { type: 'string' },
  'database-url': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'public-url': { type: 'string' },
  'log-level': { type: 'string' },
  'trash-days': { type: 'string' },
  'rate-limit': { type: 'string' },
  'delete-brake': { type: 'string' },
} as const;

/**
 * Runs one command; returns the exit code, or 'serving' when `start` left the server running until a
 * signal. Output goes through `out` and `err` (testable).
 */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number | 'serving'> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\nsee --help`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command || command === 'help') {
    out(HELP);
    return command || values.help ? 0 : 2;
  }
  const loaded = loadConfig(env, {
    databaseUrl: values['database-url'],
    host: values.host,
    port: values.port,
    publicUrl: values['public-url'],
    logLevel: values['log-level'],
    trashDays: values['trash-days'],
    rateLimitPerMinute: values['rate-limit'],
    deleteBrakePerHour: values['delete-brake'],
  });
  if (!loaded.ok) {
    err(loaded.message);
    return 2;
  }
  const config: Config = loaded.config;
  const flags: Flags = values;
  try {
    switch (command) {
      case 'start':
        await cmdStart(config, out);
        return 'serving';
      case 'init':
        await cmdInit(config, flags, out);
        return 0;
      case 'invite':
        await cmdInvite(config, flags, out);
        return 0;
      case 'members':
        await cmdMembers(config, flags, out);
        return 0;
      case 'revoke':
        await cmdRevoke(config, flags, args, out);
        return 0;
      case 'backup':
        await cmdBackup(config, args, out);
        return 0;
      case 'erase':
        await cmdErase(config, flags, out);
        return 0;
      default:
        err(`unknown command "${command}"; see --help`);
        return 2;
    }
  } catch (error) {
    if (error instanceof CliError) {
      err(`error: ${error.message}`);
      return error.exitCode;
    }
    err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && /server[\\/]cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  const code = await main(process.argv.slice(2), process.env);
  // `start` keeps running until a signal closes it; every other command ends here.
  if (code !== 'serving') process.exit(code);
}
