import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../tests/fixtures/dedup/build';
import { scoreDedup } from '../../tests/fixtures/dedup/score';
import { FIXTURE_OPTIONS } from '../../tests/fixtures/dedup/write';
import { PersonSchema } from '../model';
import { findDuplicates } from './find';
import { isRoleAddress } from './roles';

const FILE = path.resolve(import.meta.dirname, '../../tests/fixtures/dedup/people.json');
const raw = JSON.parse(readFileSync(FILE, 'utf8')) as { people: unknown[]; entityOf: Record<string, string> };
const people = raw.people.map((p) => PersonSchema.parse(p));

const GOALS = { autoPrecision: 0.99, recall: 0.95 };

describe('dedup quality on the labelled fixture', () => {
  it('is the committed output of the generator', () => {
    expect(people.length).toBeGreaterThanOrEqual(300);
    expect(JSON.parse(JSON.stringify(buildFixture(FIXTURE_OPTIONS)))).toEqual(raw);
  });

  const result = findDuplicates(people);
  const s = scoreDedup(result, raw.entityOf);

  it('meets the precision and recall goals', () => {
    console.log(
      `dedup: ${people.length} records, ${s.truePairs} true duplicate pairs; ` +
        `auto-merge precision ${s.autoPrecision.toFixed(3)} (goal ≥ ${GOALS.autoPrecision}, ${s.autoCorrect}/${s.autoPairs} pairs), ` +
        `review recall ${s.recall.toFixed(3)} (goal ≥ ${GOALS.recall}; ${s.directRecall.toFixed(3)} counting only pairs named directly), ` +
        `review precision ${s.reviewPrecision.toFixed(3)} (${s.reviewCorrect}/${s.reviewPairs})`,
    );
    expect(s.autoPrecision).toBeGreaterThanOrEqual(GOALS.autoPrecision);
    expect(s.recall).toBeGreaterThanOrEqual(GOALS.recall);
  });

  it('never auto-merges on a role address, a switchboard or a shared inbox', () => {
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const cluster of result.autoMerge) {
      for (const r of cluster.reasons) {
        if (r.kind === 'same-email') expect(isRoleAddress(r.value), r.value).toBe(false);
        expect(['role-email', 'shared-email', 'shared-phone']).not.toContain(r.kind);
      }
      const entities = new Set(cluster.personIds.map((id) => raw.entityOf[id]));
      expect(entities.size, cluster.personIds.map((id) => byId.get(id)?.displayName).join(' / ')).toBe(1);
    }
    const shared = result.review
      .flatMap((p) => p.reasons)
      .filter((r) => r.kind === 'shared-phone' || r.kind === 'role-email');
    expect(shared.length).toBeGreaterThan(0);
  });
});
