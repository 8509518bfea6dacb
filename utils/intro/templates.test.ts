import { describe, expect, it } from 'vitest';
import { askMessage, followUpTitle, targetEmail } from './templates';

const kenji = { displayName: 'Kenji Mori', givenName: 'Kenji', familyName: 'Mori' };
const yamada = {
  displayName: '山田 太郎',
  givenName: '太郎',
  familyName: '山田',
  nameOrder: 'family-first' as const,
};

describe('intro templates', () => {
  it('asks the introducer in English to check with the target first', () => {
    const text = askMessage({
      lang: 'en',
      requesterName: 'Mia Sato',
      introducerName: 'Aiko Kato',
      target: kenji,
      companyName: 'Hayabusa Motors',
    });
    expect(text).toBe(
      [
        'Hi Aiko,',
        '',
        'Could you introduce me to Kenji Mori at Hayabusa Motors?',
        '',
        "Please check with Kenji first whether they're happy to be introduced, and only if they are, connect us by email.",
        '',
        'Thank you!',
        'Mia Sato',
      ].join('\n'),
    );
  });

  it('asks in Japanese with さん and the same double opt-in', () => {
    const text = askMessage({
      lang: 'ja',
      requesterName: '佐藤 美愛',
      introducerName: '加藤 愛子',
      target: yamada,
      companyName: '株式会社サンプル',
      purpose: '物流の自動化',
    });
    expect(text.split('\n')[0]).toBe('加藤 愛子さん');
    expect(text).toContain('株式会社サンプルの山田 太郎さんをご紹介いただけないでしょうか。');
    expect(text).toContain('物流の自動化についてお話ししたいと考えています。');
    expect(text).toContain('まず山田 太郎さんにご紹介してよいかご確認いただき');
    expect(text.endsWith('佐藤 美愛')).toBe(true);
  });

  it('drafts the introducer’s email asking the target, not introducing yet', () => {
    const en = targetEmail({
      lang: 'en',
      requesterName: 'Mia Sato',
      introducerName: 'Aiko Kato',
      target: kenji,
    });
    expect(en.subject).toBe('Introduction to Mia Sato?');
    expect(en.body).toContain('Hi Kenji,');
    expect(en.body).toContain('My colleague Mia Sato would like to meet you.');
    expect(en.body).toContain('Would you be open to an introduction?');
    const ja = targetEmail({
      lang: 'ja',
      requesterName: '佐藤',
      introducerName: '加藤',
      target: yamada,
      requesterCompany: 'Acme',
      purpose: '物流の自動化',
    });
    expect(ja.subject).toBe('佐藤のご紹介について');
    expect(ja.body.split('\n')[0]).toBe('山田様');
    expect(ja.body).toContain('Acmeの佐藤が山田様とお話しできればと申しております（物流の自動化）。');
  });

  it('names the follow-up task in either language', () => {
    expect(followUpTitle('en', 'Kenji Mori', 'Aiko Kato')).toBe(
      "Follow up with Kenji Mori after Aiko Kato's introduction",
    );
    expect(followUpTitle('ja', '山田 太郎', '加藤')).toBe('加藤さんの紹介後、山田 太郎さんにフォローアップ');
  });
});
