// A small Aho–Corasick automaton over UTF-16 code units: every occurrence of every pattern in one pass
// over the text, whatever the number of patterns. Patterns are matched exactly as given; callers
// normalise both sides first (normalize.ts).

export interface AutomatonMatch {
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
  /** Code-unit offsets in the searched text, end exclusive. */
  start: number;
  end: number;
}

export class AhoCorasick {
  /** Per state: code unit → next state (trie edges only; failures are followed at search time). */
  private readonly edges: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state: the patterns that end exactly here. */
  private readonly ends: number[][] = [[]];
  /** Per state: the nearest state on the failure chain that ends a pattern (-1: none), so a search visits only real outputs. */
  private readonly outputLink: number[] = [-1];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((pattern) => pattern.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) this.insert(pattern, index);
    });
    this.link();
  }

  get stateCount(): number {
    return this.edges.length;
  }

  private insert(pattern: string, index: number): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = this.edges[state]!.get(unit);
      if (next === undefined) {
        next = this.edges.length;
        this.edges.push(new Map());
        this.fail.push(0);
        this.ends.push([]);
        this.outputLink.push(-1);
        this.edges[state]!.set(unit, next);
      }
      state = next;
    }
    this.ends[state]!.push(index);
  }

  // Breadth first, so a state's failure target is always finished before the state itself.
  private link(): void {
    const queue: number[] = [];
    for (const child of this.edges[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [unit, child] of this.edges[state]!) {
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !this.edges[fallback]!.has(unit)) fallback = this.fail[fallback]!;
        const target = this.edges[fallback]!.get(unit);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outputLink[child] = this.ends[failTo]!.length > 0 ? failTo : this.outputLink[failTo]!;
        queue.push(child);
      }
    }
  }

  private step(state: number, unit: number): number {
    let current = state;
    for (;;) {
      const next = this.edges[current]!.get(unit);
      if (next !== undefined) return next;
      if (current === 0) return 0;
      current = this.fail[current]!;
    }
  }

  /** Every occurrence, overlapping ones included, ordered by end offset (then longest first). */
  search(text: string): AutomatonMatch[] {
    const found: AutomatonMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i));
      for (let out = this.ends[state]!.length > 0 ? state : this.outputLink[state]!; out !== -1; ) {
        for (const pattern of this.ends[out]!) {
          found.push({ pattern, start: i + 1 - this.lengths[pattern]!, end: i + 1 });
        }
        out = this.outputLink[out]!;
      }
    }
    return found;
  }
}
