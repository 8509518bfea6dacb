import { describe, expect, it } from 'vitest';
import { fixture, parseDocument, type Engine } from '../detect/testing';
import { readMailDate } from './date';
import { latestWith, readThread } from './thread';

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('dates as webmail shows them', () => {
  it('reads Gmail and Outlook dates in English and Japanese, in the browser’s zone', () => {
    expect(readMailDate('Mon, Jun 2, 2026, 9:14 AM')).toBe(local(2026, 6, 2, 9, 14));
    expect(readMailDate('Mon, Jun 2, 2026, 12:05 AM')).toBe(local(2026, 6, 2, 0, 5));
    expect(readMailDate('Wed 6/3/2026 10:41 AM')).toBe(local(2026, 6, 3, 10, 41));
    expect(readMailDate('Wed 6/3/2026 2:41 PM')).toBe(local(2026, 6, 3, 14, 41));
    expect(readMailDate('2026年6月2日(月) 9:14')).toBe(local(2026, 6, 2, 9, 14));
    expect(readMailDate('2026年6月2日(月) 午後3:14')).toBe(local(2026, 6, 2, 15, 14));
    expect(readMailDate('2026/06/03 (水) 10:41')).toBe(local(2026, 6, 3, 10, 41));
    expect(readMailDate('2 Jun 2026, 09:14')).toBe(local(2026, 6, 2, 9, 14));
    expect(readMailDate('Tue 02/06/2026 09:14', { dayFirst: true })).toBe(local(2026, 6, 2, 9, 14));
    expect(readMailDate('Tue 25/06/2026 09:14')).toBe(local(2026, 6, 25, 9, 14));
    // A date without a time counts from noon, so the calendar day is right in every zone.
    expect(readMailDate('Jun 2, 2026')).toBe(local(2026, 6, 2));
  });

  it('says null for anything that is not a real date', () => {
    for (const bad of [
      '',
      'Inbox 3 unread',
      '9:14 AM',
      'Jun 31, 2026',
      '13/13/2026',
      'Feb 30, 2026',
      'x'.repeat(500),
    ])
      expect(readMailDate(bad), bad).toBeNull();
    expect(readMailDate(null)).toBeNull();
  });
});

describe.each(['happy-dom', 'linkedom'] as Engine[])('the open thread in %s', (engine) => {
  it('reads each Gmail message: sender, recipients, date and id; never the quoted text', () => {
    const doc = parseDocument(
      fixture('webmail/gmail-thread.html'),
      engine,
      'https://mail.google.com/mail/u/0/',
    );
    const messages = readThread(doc);
    expect(messages).toEqual([
      {
        messageKey: 'gmail:#msg-f:1790001',
        at: local(2026, 6, 2, 9, 14),
        from: 'alice.walker@northwind.example',
        to: ['me@meishi-user.example', 'daniel.okafor@northwind.example', 'grace.lin@harbor-freight.example'],
      },
    ]);
    expect(JSON.stringify(messages)).not.toContain('someone@elsewhere.example');
  });

  it('reads the Outlook message from its labelled header rows', () => {
    const doc = parseDocument(
      fixture('webmail/outlook-message.html'),
      engine,
      'https://outlook.office.com/mail/',
    );
    expect(readThread(doc)).toEqual([
      {
        messageKey: `outlook:Distributor agreement|${local(2026, 6, 3, 10, 41)}|marta.kowalska@baltic-logistics.example`,
        at: local(2026, 6, 3, 10, 41),
        from: 'marta.kowalska@baltic-logistics.example',
        to: [
          'jordan.lee@contoso-robotics.example',
          'priya.raman@contoso-robotics.example',
          'henrik.berg@baltic-logistics.example',
        ],
      },
    ]);
  });

  it('finds nothing on a page without an open thread', () => {
    expect(readThread(parseDocument('<main><h1>Inbox</h1></main>', engine))).toEqual([]);
  });
});

describe('which message to log for a person', () => {
  const messages = [
    { messageKey: 'a', at: 1, from: 'kenji@x.jp', to: ['me@y.jp'] },
    { messageKey: 'b', at: 2, from: 'me@y.jp', to: ['kenji@x.jp', 'aiko@y.jp'] },
    { messageKey: 'c', at: 3, from: 'me@y.jp', to: ['aiko@y.jp'] },
  ];
  it('takes the latest message they were on, and the side they were on', () => {
    expect(latestWith(messages, ['Kenji@X.jp'])).toEqual({ message: messages[1], direction: 'outbound' });
    expect(latestWith(messages.slice(0, 1), ['kenji@x.jp'])?.direction).toBe('inbound');
    expect(latestWith(messages, ['nobody@z.jp'])).toBeNull();
  });
});
