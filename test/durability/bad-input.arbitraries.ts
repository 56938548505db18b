// fast-check generators of hostile payloads for any channel: wrong types, out-of-range numbers, huge and odd
// Unicode, prototype keys, deep nesting, and payloads that are not objects at all.
import fc from 'fast-check';
import type { ChannelDef } from '../../src/shared/contract';

const oddStrings = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800', // a lone surrogate
    '\uDFFF\uD800',
    '\u202Egnp.exe', // right-to-left override
    'e\u0301\u0301\u0301',
    '\uFEFF',
    '𝕏𝕐ℤ',
    '👩‍⚕️💉',
    'NaN',
    '__proto__',
    '<script>alert(1)</script>',
    "'; DROP TABLE entries; --",
    '0190c4e5-7e29-7b6e-8a8b-1234567890ab\u0000',
    '2026-13-45T25:61:61.000Z',
    '9'.repeat(400),
  ),
);

/** 60k to 300k characters of astral and combining text: past every max length. */
const hugeString = fc.integer({ min: 20_000, max: 100_000 }).map((n) => '𝕏\u0301'.repeat(n));

const oddNumbers = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53 + 1, Number.MIN_VALUE, 0.5, 1e-320, 99_999_999),
  fc.integer(),
);

const scalar = fc.oneof(
  { weight: 4, arbitrary: oddStrings },
  { weight: 1, arbitrary: hugeString },
  { weight: 4, arbitrary: oddNumbers },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

/** An object that sets prototype-named keys as its own properties, as JSON.parse would. */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

const { nested } = fc.letrec((tie) => ({
  nested: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('nested'), { maxLength: 4 }),
    fc.dictionary(oddStrings, tie('nested'), { maxKeys: 4 }),
  ),
}));

/** 2,000 levels of arrays: deep enough to trouble a recursive walker, small enough to send. */
const deep = fc.integer({ min: 500, max: 2000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
});

const anyValue = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 3, arbitrary: nested }, { weight: 1, arbitrary: deep });

const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'authorUserId', 'actor', 'userId', 'id'),
  oddStrings,
);

function shapeKeys(def: ChannelDef): string[] {
  const shape = (def.request as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Hostile payloads for one channel, shaped after its request schema so many reach deep into it. */
export function hostilePayload(def: ChannelDef): fc.Arbitrary<unknown> {
  const keys = shapeKeys(def);
  const fieldsWrong = fc
    .tuple(
      fc.subarray(keys),
      fc.array(anyValue, { minLength: keys.length, maxLength: keys.length }),
    )
    .map(([chosen, values]) => {
      const payload: Record<string, unknown> = {};
      chosen.forEach((key, i) => withOwnKey(payload, key, values[i]));
      return payload;
    });
  const withExtra = fc.tuple(fieldsWrong, extraKey, anyValue).map(([payload, key, value]) => withOwnKey({ ...payload }, key, value));
  return fc.oneof(
    { weight: 1, arbitrary: anyValue }, // not an object at all
    { weight: 5, arbitrary: fieldsWrong },
    { weight: 3, arbitrary: withExtra },
  );
}
