import { useEffect, useState } from 'preact/hooks';
import { browserCredentials } from '@/utils/background/sync-credentials';

/** Whether this device joined as a team admin (who may answer or close any request). */
export function useIsAdmin(): boolean {
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    let live = true;
    browserCredentials
      .get()
      .then((c) => live && setAdmin(c?.role === 'admin'))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return admin;
}
