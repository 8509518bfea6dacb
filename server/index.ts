/** What other parts of Meishi (npm start, tests, tools) use from the team server. */
export { startServer, type RunningServer, type StartOptions } from './start';
export { ensureFirstRun, createTeam, createInvite } from './team/teams';
export { connect, migrate, type Connection } from './db/connect';
export { createApp, ROUTES } from './http/app';
