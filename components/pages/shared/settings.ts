import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/model';
import { getSettings } from '@/utils/settings/settings';

type Listener = (settings: Settings) => void;

/** Calls `listener` with fresh settings whenever any page or the background changes them. */
export function onSettingsChanged(listener: Listener): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void getSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The current settings, kept live; undefined for the first moment. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const off = onSettingsChanged((s) => live && setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  return settings;
}
