// A 64-bit SimHash (Charikar) of an article's text, for telling a story imported twice, or a lightly
// edited copy of it, from a different story. Chinese has no spaces between words, so the features are
// overlapping character shingles of the text with spacing and punctuation removed: an edit changes only
// the shingles it touches, and most of the 64 bits keep their sign.
//
// Near copies are found by the Hamming distance between two hashes. The hash is cut into bands such
// that any two hashes within the threshold agree on at least one whole band (pigeonhole), so a lookup
// only needs the articles sharing a band, which an index serves.

/** Shingle length in characters: three Han characters are specific enough to tell stories apart. */
export const SHINGLE = 3;
/**
 * Hashes at most this many bits apart are taken for the same story. Measured: the reference article
 * with a sentence reworded, a paragraph cut or a line added stays within 0–3 bits; a 600-character
 * story with one sentence cut within 0–8; two different stories on the same subject (halves of the
 * reference) are 15 or more apart, unrelated ones about 32. The editor is asked, never overruled, so
 * the line sits nearer the copies' side than the strangers'.
 */
export const NEAR_DUPLICATE_DISTANCE = 8;
/** Fewer shingles than this say too little to compare: a text this short is not looked up. */
export const MIN_SHINGLES = 40;

// threshold + 1 bands, so that two hashes NEAR_DUPLICATE_DISTANCE apart still share one.
const BANDS = NEAR_DUPLICATE_DISTANCE + 1;
const BAND_BITS = Array.from(
  { length: BANDS },
  (_, band) => Math.floor((64 * (band + 1)) / BANDS) - Math.floor((64 * band) / BANDS),
);

/** The text as compared: letters and digits only, case and width folded. */
export function fingerprintText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function shingles(text: string): string[] {
  const chars = [...fingerprintText(text)];
  if (chars.length < SHINGLE) return chars.length > 0 ? [chars.join("")] : [];
  return Array.from({ length: chars.length - SHINGLE + 1 }, (_, at) => chars.slice(at, at + SHINGLE).join(""));
}

// Two independent 32-bit lanes of a murmur3-style hash make the 64 bits of a shingle.
function lane(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let at = 0; at < text.length; at += 1) {
    let k = Math.imul(text.charCodeAt(at), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    hash ^= k;
    hash = Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64;
  }
  hash ^= text.length;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** True when `text` is long enough for its hash to say whether it is a copy. */
export function comparable(text: string): boolean {
  return shingles(text).length >= MIN_SHINGLES;
}

/**
 * The SimHash of `text` as an unsigned 64-bit integer. Short texts get one too, so that every stored
 * article has a hash; only `comparable` texts are looked up.
 */
export function simhash(text: string): bigint {
  const counts = new Map<string, number>();
  for (const shingle of shingles(text)) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  const weights = new Float64Array(64);
  for (const [shingle, count] of counts) {
    const high = lane(shingle, 0x9747b28c);
    const low = lane(shingle, 0x2d358dcc);
    for (let bit = 0; bit < 32; bit += 1) {
      weights[bit] = (weights[bit] ?? 0) + ((low >>> bit) & 1 ? count : -count);
      weights[bit + 32] = (weights[bit + 32] ?? 0) + ((high >>> bit) & 1 ? count : -count);
    }
  }
  let hash = 0n;
  for (let bit = 63; bit >= 0; bit -= 1) hash = (hash << 1n) | ((weights[bit] ?? 0) > 0 ? 1n : 0n);
  return hash;
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: bigint, b: bigint): number {
  const x = BigInt.asUintN(64, a ^ b);
  return popcount32(Number(x & 0xffffffffn)) + popcount32(Number(x >> 32n));
}

export function isNearDuplicate(a: bigint, b: bigint): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_DISTANCE;
}

/**
 * The hash's bands as integers that never collide across bands (band number in the high bits), for an
 * indexed "shares a band" lookup.
 */
export function simhashBands(hash: bigint): number[] {
  const bands: number[] = [];
  let shift = 0n;
  for (const [band, bits] of BAND_BITS.entries()) {
    const value = Number((BigInt.asUintN(64, hash) >> shift) & ((1n << BigInt(bits)) - 1n));
    bands.push(band * 1024 + value);
    shift += BigInt(bits);
  }
  return bands;
}

/** The unsigned hash as the signed 64-bit integer a database BIGINT column holds, and back. */
export const toSigned64 = (hash: bigint) => BigInt.asIntN(64, hash);
export const fromSigned64 = (stored: bigint) => BigInt.asUintN(64, stored);
