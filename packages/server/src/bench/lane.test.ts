import { describe, expect, it } from 'vitest';
import { inProcess, type Lane, permutations, takeTurns } from './lane.ts';

describe('lanes taking turns', () => {
  it('lists every order of the lanes once', () => {
    expect(permutations(['a', 'b', 'c'])).toEqual([
      ['a', 'b', 'c'],
      ['a', 'c', 'b'],
      ['b', 'a', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
      ['c', 'b', 'a'],
    ]);
    expect(permutations(['a'])).toEqual([['a']]);
  });

  it('runs every batch of every lane in order, each lane following each other as often', async () => {
    const runs: string[] = [];
    const lane = (name: string): Lane =>
      inProcess(async (index) => {
        runs.push(`${name}${index}`);
      });
    const workload = { warmupBatches: 10, batches: 50, batchSize: 1 };
    const times = await takeTurns({ a: lane('a'), b: lane('b'), c: lane('c') }, workload, () => {});
    expect(times.a).toHaveLength(50);
    for (const name of ['a', 'b', 'c']) {
      const own = runs.filter((r) => r.startsWith(name)).map((r) => Number(r.slice(1)));
      expect(own).toEqual(Array.from({ length: 60 }, (_, i) => i));
    }
    const follows = new Map<string, number>();
    for (let i = 1; i < runs.length; i++) {
      const [before, after] = [runs[i - 1]![0], runs[i]![0]];
      if (before !== after) follows.set(`${before}${after}`, (follows.get(`${before}${after}`) ?? 0) + 1);
    }
    expect([...follows.keys()].sort()).toEqual(['ab', 'ac', 'ba', 'bc', 'ca', 'cb']);
  });
});
