import type { Connection } from '../db/connect';
import { GlobalRepo } from '../db/global-repo';
import type { TeamsTable } from '../db/schema';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The team a command acts on: --team (id or exact name), or the only team there is. */
export async function pickTeam(conn: Connection, wanted: string | undefined): Promise<TeamsTable> {
  const teams = await new GlobalRepo(conn.kysely).listTeams();
  if (wanted) {
    const found = teams.filter((t) => t.id === wanted || t.name === wanted);
    if (found.length === 1 && found[0]) return found[0];
    if (found.length > 1) throw new CliError(`several teams are called "${wanted}"; pass --team <id>`, 2);
    throw new CliError(
      `no team "${wanted}"; \`members\` lists nothing until one exists, \`init --team\` creates one`,
      2,
    );
  }
  if (teams.length === 1 && teams[0]) return teams[0];
  if (teams.length === 0)
    throw new CliError('no team yet: run `npm run server -- init --team "Acme"` first', 2);
  throw new CliError(`this server has ${teams.length} teams; pass --team <id or name>`, 2);
}
