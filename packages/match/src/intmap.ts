/**
 * Open-addressing hash map from non-negative 31-bit integer keys to integer values (linear
 * probing, Fibonacci hashing). Used for the bigram and character dictionaries: far cheaper
 * than a Map on the indexing hot path.
 */
export class IntMap {
  /** Interleaved [key, value] pairs; key −1 marks a free slot. */
  private kv: Int32Array;
  private shift: number;
  private mask: number;
  size = 0;

  constructor(capacityPow2 = 12) {
    this.kv = new Int32Array(2 << capacityPow2).fill(-1);
    this.shift = 32 - capacityPow2;
    this.mask = (1 << capacityPow2) - 1;
  }

  /** The value of `key`, or −1. */
  get(key: number): number {
    const kv = this.kv;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = kv[2 * i]!;
      if (k === key) return kv[2 * i + 1]!;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 4 > this.kv.length) this.grow();
    const kv = this.kv;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = kv[2 * i]!;
      if (k === key) {
        kv[2 * i + 1] = value;
        return;
      }
      if (k === -1) {
        kv[2 * i] = key;
        kv[2 * i + 1] = value;
        this.size++;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.kv;
    const bits = 33 - this.shift;
    this.kv = new Int32Array(2 << bits).fill(-1);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.set(old[i]!, old[i + 1]!);
  }
}
