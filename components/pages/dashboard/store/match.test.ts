import { describe, expect, it } from 'vitest';
import { searchTokensOf } from '@/utils/db';
import { PersonSchema } from '@/utils/model';
import { compileQuery, haystackOf, sortKeyOf } from './match';

const person = PersonSchema.parse({
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  createdAt: 1,
  createdBy: 'local',
  updatedAt: 1,
  updatedBy: 'local',
  displayName: '山田 太郎',
  familyName: '山田',
  givenName: '太郎',
  familyNamePhonetic: 'ヤマダ',
  givenNamePhonetic: 'たろう',
  companyName: '株式会社アクメ',
  title: 'Head of Sales',
  emails: [{ value: 'taro.yamada@acme.example' }],
  phones: [{ raw: '03-1234-5678', e164: '+81312345678' }],
  tags: ['expo-2026'],
});
const hay = haystackOf(searchTokensOf('person', person));
const finds = (q: string) => compileQuery(q)?.(hay) ?? true;

describe('as-you-type matching', () => {
  it('finds a Japanese name by kanji, any substring of it, and its reading in either kana', () => {
    for (const q of ['山田', '山', '太郎', '山田太郎', '田太', 'やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', 'たろう'])
      expect(finds(q), q).toBe(true);
  });

  it('finds it by romaji, with or without long vowels', () => {
    for (const q of ['yamada', 'yama', 'taro', 'tarou', 'tarō', 'YAMADA Taro', 'ｙａｍａｄａ'])
      expect(finds(q), q).toBe(true);
  });

  it('finds it by company, title, email, phone in any format, and tag', () => {
    for (const q of [
      'アクメ',
      'head sales',
      'taro.yamada@acme',
      'acme.example',
      '03-1234-5678',
      '0312345678',
      '+81 3 1234',
      'expo',
    ])
      expect(finds(q), q).toBe(true);
  });

  it('needs every word to match, and is not fooled by unrelated text', () => {
    for (const q of ['suzuki', 'yamada suzuki', '09-9999', 'ales']) expect(finds(q), q).toBe(false);
  });

  it('treats an empty query as no filter', () => {
    expect(compileQuery('   ')).toBeNull();
  });

  it('sorts a name by its reading when there is one', () => {
    expect(sortKeyOf('山田 太郎', 'ヤマダ タロウ')).toBe('やまだ たろう');
    expect(sortKeyOf('Ｊａｎｅ Smith')).toBe('jane smith');
  });
});
