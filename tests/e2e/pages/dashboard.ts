import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness/browser';

export interface NewPerson {
  name: string;
  family?: string;
  given?: string;
  familyReading?: string;
  givenReading?: string;
  title?: string;
  company?: string;
  emails?: string[];
  phones?: string[];
  tags?: string[];
}

/** The dashboard, driven the way a keyboard-and-mouse user would. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser, path = 'people'): Promise<DashboardPage> {
    const page = await ext.openExtensionPage(`dashboard.html#/${path}`);
    await page.setViewport({ width: 1280, height: 860 });
    const dash = new DashboardPage(page);
    await page.waitForSelector('main h1');
    return dash;
  }

  /** Hidden tabs get no animation frames, so a page is brought to the front before it is driven. */
  async front(): Promise<void> {
    await this.page.bringToFront();
  }

  async goto(path: string): Promise<void> {
    await this.front();
    await this.page.evaluate((p) => {
      location.hash = `#/${p}`;
    }, path);
    await this.page.waitForFunction((p) => location.hash === `#/${p}`, {}, path);
    await this.page.waitForSelector('main h1');
  }

  heading(): Promise<string> {
    return this.page.$eval('main h1', (h) => h.textContent ?? '');
  }

  /** Replace a field's text the way a user does: select all, delete, type. */
  private async fill(selector: string, value: string): Promise<void> {
    await this.page.focus(selector);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('a');
    await this.page.keyboard.up('Control');
    await this.page.keyboard.press('Backspace');
    if (value) await this.page.type(selector, value);
  }

  /** Add someone through the "Add person" form; returns the new person's id. */
  async addPerson(p: NewPerson): Promise<string> {
    await this.goto('person/new');
    const fields: [string, string | undefined][] = [
      ['displayName', p.name],
      ['familyName', p.family],
      ['givenName', p.given],
      ['familyNamePhonetic', p.familyReading],
      ['givenNamePhonetic', p.givenReading],
      ['title', p.title],
      ['companyName', p.company],
      ['tags', p.tags?.join(', ')],
    ];
    for (const [name, value] of fields) if (value) await this.fill(`form [name="${name}"]`, value);
    if (p.emails) await this.fill('form [name="emails"]', p.emails.join('\n'));
    if (p.phones) await this.fill('form [name="phones"]', p.phones.join('\n'));
    await this.page.click('form button[type="submit"]');
    await this.page.waitForFunction(() => /^#\/person\/[0-9a-f-]{36}$/.test(location.hash));
    await this.page.waitForSelector('#person-name');
    return this.page.evaluate(() => location.hash.split('/').pop() ?? '');
  }

  /** Type into the people search and wait until the list shows the results for it. */
  async search(query: string): Promise<void> {
    await this.front();
    await this.fill('#people-search', query);
    await this.page.waitForFunction(
      (q) => (document.querySelector('#people-search') as HTMLInputElement | null)?.value === q,
      {},
      query,
    );
    await this.settle();
  }

  /** Two frames: the render of the last keystroke has reached the DOM. */
  async settle(): Promise<void> {
    await this.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
    );
  }

  async rowNames(listSelector = '.people-list'): Promise<string[]> {
    return this.page.$$eval(`${listSelector} [role="option"] .row-name`, (els) =>
      els.map((e) => e.textContent ?? ''),
    );
  }

  async countText(): Promise<string> {
    return this.page.$eval('.count', (e) => e.textContent ?? '');
  }

  async waitForRow(name: string, listSelector = '.people-list'): Promise<void> {
    await this.page.waitForFunction(
      (n, sel) =>
        [...document.querySelectorAll(`${sel} [role="option"] .row-name`)].some((e) => e.textContent === n),
      {},
      name,
      listSelector,
    );
  }

  async select(id: string, value: string): Promise<void> {
    await this.front();
    await this.page.select(`#${id}`, value);
    await this.settle();
  }

  /** Open a row from the list with the keyboard: focus the list, arrow to the row, Enter. */
  async openFromList(name: string): Promise<void> {
    const names = await this.rowNames();
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`${name} is not in the list (${names.join(', ')})`);
    await this.front();
    await this.page.focus('.people-list');
    for (let i = 0; i < index; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction(() => location.hash.startsWith('#/person/'));
    await this.page.waitForSelector('#person-name');
  }

  async personName(): Promise<string> {
    return this.page.$eval('#person-name', (e) => e.textContent ?? '');
  }

  /** The value and the newest provenance line of one field on the person page. */
  async field(name: string): Promise<{ value: string; source: string }> {
    return this.page.$eval(`[data-field="${name}"]`, (row) => ({
      value: row.querySelector('.field-value')?.textContent ?? '',
      source: row.querySelector('.prov')?.textContent ?? '',
    }));
  }

  async waitForField(name: string, value: string): Promise<void> {
    await this.page.waitForFunction(
      (n, v) => document.querySelector(`[data-field="${n}"] .field-value`)?.textContent === v,
      {},
      name,
      value,
    );
  }

  async clickButton(text: string): Promise<void> {
    await this.front();
    const button = await this.page.waitForSelector(`::-p-xpath(//button[normalize-space()="${text}"])`);
    await button!.click();
  }

  async editTitle(title: string, saveLabel: string, editLabel: string): Promise<void> {
    await this.clickButton(editLabel);
    await this.fill('form [name="title"]', title);
    await this.clickButton(saveLabel);
    await this.page.waitForSelector('[role="status"].status-note');
  }

  async trashNames(): Promise<string[]> {
    return this.page.$$eval('.trash-list .trash-item a', (els) => els.map((e) => e.textContent ?? ''));
  }
}
