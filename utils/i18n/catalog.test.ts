import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import ja from '@/public/_locales/ja/messages.json';
import { setLang, t } from './index';

describe('the string catalogs', () => {
  it('have the same keys in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(en)) {
      const jaValue = (ja as Record<string, { message: string }>)[key]?.message ?? '';
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(holes(jaValue), key).toBe(holes(value.message));
    }
  });

  it('switches language on demand', () => {
    setLang('ja');
    expect(t('common_save')).toBe('保存');
    setLang('en');
    expect(t('common_save')).toBe('Save');
  });
});
