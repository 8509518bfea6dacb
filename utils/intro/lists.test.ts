import { describe, expect, it } from 'vitest';
import type { IntroStatus } from '../model';
import { DAY, NOW, intro } from '../relationship/test-factories';
import { introNews, splitIntros, timelineOf, waitingForMe } from './lists';

const T = '01900000-0000-7000-8000-00000000aaaa';

describe('intro lists', () => {
  const waiting = intro('mia', 'aiko', T, NOW - DAY);
  const older = intro('ben', 'aiko', T, NOW - 3 * DAY);
  const accepted = intro('ben', 'aiko', T, NOW - 2 * DAY, [{ status: 'accepted', at: NOW - DAY }]);
  const mine = intro('aiko', 'ben', T, NOW - 5 * DAY, [{ status: 'declined', at: NOW - 4 * DAY }]);
  const others = intro('mia', 'ben', T, NOW - 6 * DAY);
  const gone = { ...intro('mia', 'aiko', T, NOW), deletedAt: NOW, deletedBy: 'mia' };
  const rows = [accepted, mine, others, older, gone, waiting];

  it('splits by my part, open requests first and newest first', () => {
    const lists = splitIntros(rows, 'aiko');
    expect(lists.forMe.map((r) => r.id)).toEqual([waiting.id, older.id, accepted.id]);
    expect(lists.mine.map((r) => r.id)).toEqual([mine.id]);
    expect(lists.others.map((r) => r.id)).toEqual([others.id]);
  });

  it('counts the requests waiting for my answer, for the toolbar badge', () => {
    expect(waitingForMe(rows, 'aiko')).toBe(2);
    expect(waitingForMe(rows, 'ben')).toBe(1);
    expect(waitingForMe(rows, 'mia')).toBe(0);
  });

  it('shows the timeline oldest first and always ends at the current status', () => {
    expect(timelineOf(accepted).map((s) => [s.status, s.by])).toEqual([
      ['asked', 'ben'],
      ['accepted', 'aiko'],
    ]);
    const lost = { ...accepted, history: [], status: 'done' as const, updatedBy: 'aiko', updatedAt: NOW };
    expect(timelineOf(lost)).toEqual([
      { status: 'asked', at: accepted.createdAt, by: 'ben' },
      { status: 'done', at: NOW, by: 'aiko' },
    ]);
  });

  it('tells the introducer of new requests and the requester of answers, once', () => {
    const told = new Map<string, IntroStatus>([[accepted.id, 'asked']]);
    const news = introNews(rows, 'aiko', told);
    expect(news.asked.map((r) => r.id).sort()).toEqual([waiting.id, older.id].sort());
    // Ben declined Aiko's own request since she last looked.
    expect(news.answered.map((r) => r.id)).toEqual([mine.id]);
    told.set(mine.id, 'declined');
    expect(introNews(rows, 'aiko', told).answered).toEqual([]);
    const ben = introNews(rows, 'ben', new Map([[accepted.id, 'asked' as const]]));
    expect(ben.answered.map((r) => r.id)).toEqual([accepted.id]);
    const again = introNews(rows, 'ben', new Map([[accepted.id, 'accepted' as const]]));
    expect(again.answered).toEqual([]);
  });
});
