/** Paths of the team server's API, relative to the server URL the user entered. */
export const ROUTES = {
  join: '/v1/join',
  push: '/v1/sync/push',
  pull: '/v1/sync/pull',
  me: '/v1/me',
  members: '/v1/members',
  devices: '/v1/devices',
} as const;
