import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getLang, setLang, t, type Lang } from '@/utils/i18n';
import { getSettings } from '@/utils/settings/settings';
import { onSettingsChanged } from './settings';

function applyLang(lang: Lang) {
  document.documentElement.lang = lang;
}

/**
 * Render a page in the language the user chose. Changing the language in options re-renders every
 * open page: the whole tree is keyed by the language so every string is looked up again.
 */
function LangRoot({ App, initial }: { App: ComponentType; initial: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial);
  useEffect(
    () =>
      onSettingsChanged((settings) => {
        setLang(settings.language);
        applyLang(getLang());
        setLangState(getLang());
      }),
    [],
  );
  return <App key={lang} />;
}

export async function mountPage(App: ComponentType, titleKey?: Parameters<typeof t>[0]): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  try {
    setLang((await getSettings()).language);
  } catch {
    // Settings unreadable: the browser's language is still a sound choice.
  }
  applyLang(getLang());
  if (titleKey) document.title = t(titleKey);
  render(<LangRoot App={App} initial={getLang()} />, root);
}
