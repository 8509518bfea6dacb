import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileHtml } from '../fixtures/inpage/linkedin';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { InpagePage } from './inpage/inpage-page';
import { inpageScreenshot } from './inpage/screenshot';
import { joinAndSync, TeamServer } from './inpage/team';
import { ACME, KENJI, routeTeamPages, seedTeam, YAMADA } from './inpage/team-fixture';

const SATO = {
  slug: 'hanako-sato-jp',
  name: '佐藤 花子',
  headline: 'デザイナー at 株式会社サンプル',
  company: '株式会社サンプル',
  location: '大阪府',
};

describe('the in-page UI in Japanese (--lang=ja)', () => {
  let server: FixtureServer;
  let team: TeamServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    routeTeamPages(server);
    server.route(`www.linkedin.com/in/${SATO.slug}/`, { html: profileHtml(SATO) });
    team = await TeamServer.start('サンプル営業部');
    await seedTeam(team);
    ext = await launchWithExtension(server, { lang: 'ja' });
    const ui = await ext.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    if (!ui.startsWith('ja')) {
      throw new Error(
        `Chromium ignored --lang=ja (UI is ${ui}): install its locale files (Debian: chromium-l10n)`,
      );
    }
    await joinAndSync(ext, team, '佐藤 美亜');
  });

  afterAll(async () => {
    await ext?.close();
    await team?.close();
    await server?.close();
  });

  it('labels badges in Japanese', async () => {
    const ui = await InpagePage.open(ext, 'https://www.linkedin.com/search/results/people/', {
      width: 1100,
      height: 1000,
    });
    await ui.badges(5);
    const kenji = await ui.badgeFor(KENJI.name, 'known');
    expect(await ui.label(kenji)).toBe(
      'Kenji Mori さんをチームの 2 人が知っています（最も近い人：Aiko Kato）',
    );
    await inpageScreenshot(ui.page, 'badge', 'ja', { x: 150, y: 52, width: 800, height: 520 });
    await ui.close();
  });

  it('shows a Japanese name family name first, with evidence in Japanese', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${YAMADA.slug}/`);
    await ui.openBadge(await ui.badgeFor('山田 太郎', 'known'));
    const text = await ui.dialogText('チームで知っている人');
    expect(text.split('\n')[0]).toBe('山田 太郎');
    expect(text).toContain('展示会で名刺交換');
    expect(text).toMatch(/対面 1回（\d+日前）/);
    expect(text).toMatch(/初対面 \d{4}-\d{2}-\d{2}（東京ビッグサイト）/);
    for (const label of [
      '知り合いです',
      'やり取りを記録',
      'タスクを追加',
      '紹介を依頼',
      'ダッシュボードで開く',
    ]) {
      expect(text).toContain(label);
    }
    await inpageScreenshot(ui.page, 'person-popover', 'ja');
    await ui.close();
  });

  it('saves from a Japanese preview and shows saved in Japanese after a reload', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${SATO.slug}/`);
    const badge = await ui.badgeFor('佐藤 花子', 'new');
    expect(await ui.label(badge)).toBe('佐藤 花子 を Meishi に保存');
    await ui.openBadge(badge);
    const form = await ui.dialogText('出会ったきっかけ');
    for (const label of ['氏名', '役職', '会社', 'タグ', '日付', '場所', 'ステータス', '公開範囲'])
      expect(form).toContain(label);
    expect(await ui.value('#meishi-how')).toMatch(/^linkedin\.com で発見、\d{4}-\d{2}-\d{2}$/);
    await ui.type('#meishi-tags', '展示会2026');
    await ui.page.keyboard.press('Enter');
    await ui.probe.waitFor('.chip');
    await inpageScreenshot(ui.page, 'save-preview', 'ja');
    await ui.click('[data-action="save"]');
    const card = await ui.dialogText('保存しました。');
    expect(card).toContain('あなた');
    expect(card).toContain('展示会2026');
    await ui.reload();
    expect(await ui.label(await ui.badgeFor('佐藤 花子', 'saved'))).toBe('佐藤 花子 は Meishi に保存済み');
    await ui.close();
  });

  it('shows the company warm map in Japanese', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/company/${ACME.slug}/`);
    await ui.openBadge(await ui.badgeFor(ACME.name, 'known'));
    const text = await ui.dialogText('チームは Acme Robotics の 2 人を知っています');
    expect(text).toContain('会社を保存');
    await inpageScreenshot(ui.page, 'company-popover', 'ja');
    await ui.close();
  });
});
