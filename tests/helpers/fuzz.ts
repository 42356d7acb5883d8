/** Seeded randomness for fuzz tests, so any failure is reproduced by its seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    bytes: (n: number) => Uint8Array.from({ length: n }, () => int(256)),
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** One random damage to a file: flipped bytes, a cut, a spliced run of garbage, or a duplicated block. */
export function mutate(input: Uint8Array, random: Random): { data: Uint8Array; how: string } {
  const data = Uint8Array.from(input);
  switch (random.int(4)) {
    case 0: {
      const n = 1 + random.int(16);
      for (let i = 0; i < n; i++) data[random.int(data.length)] = random.int(256);
      return { data, how: `flip ${n} bytes` };
    }
    case 1: {
      const at = random.int(data.length);
      return { data: data.subarray(0, at), how: `truncate at ${at}` };
    }
    case 2: {
      const at = random.int(data.length);
      const junk = random.bytes(1 + random.int(512));
      return {
        data: Uint8Array.from([...data.subarray(0, at), ...junk, ...data.subarray(at)]),
        how: `splice ${junk.length} at ${at}`,
      };
    }
    default: {
      const from = random.int(data.length);
      const len = Math.min(1 + random.int(256), data.length - from);
      const at = random.int(data.length);
      const block = data.subarray(from, from + len);
      return {
        data: Uint8Array.from([...data.subarray(0, at), ...block, ...data.subarray(at)]),
        how: `duplicate ${len} at ${at}`,
      };
    }
  }
}
