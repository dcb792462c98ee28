import { describe, expect, it } from 'vitest';
import { isBlank, plainFromRich, richFromPlain, richTextSchema } from '../../../src/shared/letters/richText';

describe('rich text for letter sections', () => {
  it('splits plain text into paragraphs on blank lines and bullets on "- "', () => {
    expect(
      richFromPlain('We looked into it.\nCarefully.\n\n- A new boiler\n• A refund\n\nThat is all.'),
    ).toEqual([
      { kind: 'paragraph', runs: [{ text: 'We looked into it. Carefully.' }] },
      { kind: 'bullet', runs: [{ text: 'A new boiler' }] },
      { kind: 'bullet', runs: [{ text: 'A refund' }] },
      { kind: 'paragraph', runs: [{ text: 'That is all.' }] },
    ]);
  });

  it('reads back as the same words', () => {
    const plain = 'First.\n\n- One\n\n- Two\n\nLast & <final> — Siân 🙂';
    expect(plainFromRich(richFromPlain(plain))).toBe(plain);
  });

  it('counts spaces and empty paragraphs as blank', () => {
    expect(isBlank(richFromPlain('  \n\n '))).toBe(true);
    expect(isBlank([{ kind: 'paragraph', runs: [{ text: ' ' }] }])).toBe(true);
    expect(isBlank(richFromPlain('x'))).toBe(false);
  });

  it('refuses control characters and text-direction overrides, like every other text', () => {
    expect(richTextSchema.safeParse([{ kind: 'paragraph', runs: [{ text: 'a\u202eb' }] }]).success).toBe(
      false,
    );
    expect(richTextSchema.safeParse([{ kind: 'heading', runs: [] }]).success).toBe(false);
  });

  it('takes a 5,000-word section', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    expect(richTextSchema.safeParse(richFromPlain(long)).success).toBe(true);
  });
});
