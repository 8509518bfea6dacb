import type { Role } from '../../utils/model/team';

/** Who is asking: resolved from a device token (API) or chosen by the operator (CLI, actor 'cli'). */
export interface Actor {
  teamId: string;
  memberId: string;
  role: Role;
  deviceId: string | null;
}
