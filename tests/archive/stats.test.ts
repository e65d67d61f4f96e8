/** src/archive/stats.ts: counts per month (gaps filled), outlet, topic and topic pairs equal the records'. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeStats, computeStatsAndGroups, countByMonth, fillMonths, monthOf, nextMonth, pairCount, type StatsRecord } from '../../src/archive/stats.ts';

const rec = (published: string | null, outlet: string | null, topics: string[]): StatsRecord => ({ published, outlet, topics });

test('months run without holes from the first to the last dated article, empty months as 0', () => {
  const stats = computeStats([
    rec('2020-02-03', 'Liputan6.com', ['China']),
    rec('2020-02-28T23:30:00+07:00', 'Suara.com', ['China', 'COVID-19']),
    rec('2020-05-01', 'Suara.com', []),
    rec(null, null, ['Rusia']),
  ]);
  assert.deepEqual(stats.months, [
    { month: '2020-02', count: 2 },
    { month: '2020-03', count: 0 },
    { month: '2020-04', count: 0 },
    { month: '2020-05', count: 1 },
  ]);
  assert.equal(stats.total, 4);
  assert.equal(stats.dated, 3);
  assert.equal(stats.undated, 1);
});

test('the month is the one written in the date, whatever the offset or the machine time zone', () => {
  // 23:30 WIB on 31 January is 16:30 UTC: still January in the archive.
  assert.equal(monthOf('2020-01-31T23:30:00+07:00'), '2020-01');
  assert.equal(monthOf('2020-12-01T00:10:00+09:00'), '2020-12');
  assert.equal(monthOf('2022-03-15'), '2022-03');
});

test('impossible or unreadable dates count as undated (as on the month archive pages)', () => {
  for (const bad of ['2020-02-31', '2020-13-01', 'kemarin', '', '20-02-03']) assert.equal(monthOf(bad), null, bad);
  const stats = computeStats([rec('2020-02-31', null, []), rec('2020-02-03', null, [])]);
  assert.equal(stats.undated, 1);
  assert.deepEqual(stats.months, [{ month: '2020-02', count: 1 }]);
});

test('months step across year ends; spans can be given to line series up', () => {
  assert.equal(nextMonth('2019-12'), '2020-01');
  assert.equal(nextMonth('2020-09'), '2020-10');
  const months = countByMonth([{ published: '2020-01-05' }], { first: '2019-11', last: '2020-02' });
  assert.deepEqual(
    months.map((m) => `${m.month}:${m.count}`),
    ['2019-11:0', '2019-12:0', '2020-01:1', '2020-02:0'],
  );
  assert.deepEqual(fillMonths(new Map()), []);
});

test('outlets and topics are counted per article, most first, unknown outlets and untagged articles apart', () => {
  const stats = computeStats([
    rec('2020-02-03', 'Suara.com', ['China', 'China', 'WHO']),
    rec('2020-02-04', 'Liputan6.com', ['WHO']),
    rec('2020-02-05', 'Suara.com', []),
    rec('2020-02-06', null, ['Rusia']),
    rec('2020-02-07', '  ', ['WHO', 'China']),
  ]);
  assert.deepEqual(stats.outlets, [
    { name: 'Suara.com', count: 2 },
    { name: 'Liputan6.com', count: 1 },
  ]);
  assert.equal(stats.unknownOutlet, 2);
  // A topic listed twice on one article counts once.
  assert.deepEqual(stats.topics, [
    { name: 'WHO', count: 3 },
    { name: 'China', count: 2 },
    { name: 'Rusia', count: 1 },
  ]);
  assert.equal(stats.untagged, 1);
  assert.deepEqual(stats.cooccurrence, [{ a: 'China', b: 'WHO', count: 2 }]);
  const pair = pairCount(stats);
  assert.equal(pair('WHO', 'China'), 2);
  assert.equal(pair('China', 'WHO'), 2);
  assert.equal(pair('China', 'Rusia'), 0);
  assert.equal(pair('China', 'China'), 0);
});

test('per-topic and per-outlet months come out of the same pass', () => {
  const { groups } = computeStatsAndGroups([
    rec('2020-02-03', 'Suara.com', ['China']),
    rec('2020-04-03', 'Suara.com', ['China', 'WHO']),
    rec(null, 'Suara.com', ['China']),
  ]);
  assert.deepEqual([...groups.topics.get('China')!], [['2020-02', 1], ['2020-04', 1]]);
  assert.deepEqual([...groups.topics.get('WHO')!], [['2020-04', 1]]);
  assert.deepEqual([...groups.outlets.get('Suara.com')!], [['2020-02', 1], ['2020-04', 1]]);
});

// Property: whatever the records, every count equals a direct count over the records.
const TOPICS = ['China', 'Rusia', 'WHO', 'COVID-19', 'Korea Utara'];
const OUTLETS = ['Suara.com', 'Liputan6.com', 'GenPI.co', null];
const arbRecord = fc.record({
  published: fc.option(
    fc.tuple(fc.integer({ min: 1998, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
      ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
    { nil: null },
  ),
  outlet: fc.constantFrom(...OUTLETS),
  topics: fc.array(fc.constantFrom(...TOPICS), { maxLength: 4 }),
});

test('property: month, outlet, topic and pair counts equal direct counts over the records', () => {
  fc.assert(
    fc.property(fc.array(arbRecord, { maxLength: 60 }), (records) => {
      const { stats, groups } = computeStatsAndGroups(records);
      const dated = records.filter((r) => r.published !== null);
      assert.equal(stats.dated, dated.length);
      assert.equal(stats.months.reduce((s, m) => s + m.count, 0), dated.length);
      for (const m of stats.months) assert.equal(m.count, dated.filter((r) => r.published!.startsWith(m.month)).length);
      for (let i = 1; i < stats.months.length; i++) assert.equal(stats.months[i]!.month, nextMonth(stats.months[i - 1]!.month));
      for (const o of stats.outlets) assert.equal(o.count, records.filter((r) => r.outlet === o.name).length);
      assert.equal(stats.outlets.reduce((s, o) => s + o.count, 0) + stats.unknownOutlet, records.length);
      for (const t of TOPICS) {
        const n = records.filter((r) => r.topics.includes(t)).length;
        assert.equal(stats.topics.find((x) => x.name === t)?.count ?? 0, n);
        const monthly = groups.topics.get(t);
        assert.equal(monthly ? [...monthly.values()].reduce((s, c) => s + c, 0) : 0, records.filter((r) => r.published && r.topics.includes(t)).length);
      }
      const pair = pairCount(stats);
      for (const a of TOPICS)
        for (const b of TOPICS)
          if (a !== b) assert.equal(pair(a, b), records.filter((r) => r.topics.includes(a) && r.topics.includes(b)).length);
    }),
    { numRuns: 200 },
  );
});
