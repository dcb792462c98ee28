// The post run's pure rules: CSV quoting as Excel and RFC 4180 expect, postcodes split off the
// address, file names that sort in print order and are safe on every system, the manifest's columns.
import { describe, expect, it } from 'vitest';
import { labelLines, splitPostcode, tidyPostcode } from '../../src/shared/letters/post/address';
import { csvDocument, csvField } from '../../src/shared/letters/post/csv';
import { letterFileName, postFolderName } from '../../src/shared/letters/post/fileNames';
import { manifestLines } from '../../src/shared/letters/post/manifest';

describe('csv fields', () => {
  it.each([
    ['Joan Okafor', 'Joan Okafor'],
    ['Okafor, Joan', '"Okafor, Joan"'],
    ['Siân "Mo" O\'Brien', '"Siân ""Mo"" O\'Brien"'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['🏠 Tŷ Glas', '🏠 Tŷ Glas'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+44 161', "'+44 161"],
    ['-3', "'-3"],
    ['@home', "'@home"],
    ['', ''],
  ])('%j → %j', (value, written) => expect(csvField(value)).toBe(written));

  it('writes a byte-order mark and ends every line with CRLF', () => {
    expect(
      csvDocument([
        ['a', 'b'],
        ['c, d', 'e'],
      ]),
    ).toBe('\uFEFFa,b\r\n"c, d",e\r\n');
  });
});

describe('postcodes', () => {
  it.each([
    ['LS1 4AB', 'LS1 4AB'],
    ['ls14ab', 'LS1 4AB'],
    ['  sw1a  1aa ', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'],
    ['CF10 1AA', 'CF10 1AA'],
    ['Leeds', null],
    ['12345', null],
  ])('%j → %j', (text, tidy) => expect(tidyPostcode(text)).toBe(tidy));

  it.each([
    [['1 Mill Lane', 'Leeds', 'LS1 4AB'], ['1 Mill Lane', 'Leeds'], 'LS1 4AB'],
    [['3 Heol y Bont', 'Aberystwyth SY23 1AB'], ['3 Heol y Bont', 'Aberystwyth'], 'SY23 1AB'],
    [['3 Heol y Bont', 'Aberystwyth, sy231ab'], ['3 Heol y Bont', 'Aberystwyth'], 'SY23 1AB'],
    [['Flat 2', '', ' Leeds '], ['Flat 2', 'Leeds'], null],
    [[], [], null],
  ])('%j splits into %j and %j', (lines, rest, postcode) =>
    expect(splitPostcode(lines)).toEqual({ lines: rest, postcode }),
  );

  it('puts the name first and the postcode last on a label', () => {
    expect(labelLines('Joan Okafor', ['1 Mill Lane', 'Leeds ls1 4ab'])).toEqual([
      'Joan Okafor',
      '1 Mill Lane',
      'Leeds',
      'LS1 4AB',
    ]);
  });
});

describe('file names', () => {
  it.each([
    [1, 3, 'RD-26-K7-0001', 'Stage 1 response', '0001 RD-26-K7-0001 Stage 1 response.docx'],
    [12, 12_000, 'RD-26-K7-0012', 'Extension notice', '00012 RD-26-K7-0012 Extension notice.docx'],
    [
      2,
      2,
      'RD/26:K7',
      'Closure and satisfaction survey',
      '0002 RD 26 K7 Closure and satisfaction survey.docx',
    ],
    [3, 3, 'RD-1', 'Ends with a dot.', '0003 RD-1 Ends with a dot.docx'],
  ])('letter %i of %i (%s, %s) → %j', (n, total, ref, label, name) =>
    expect(letterFileName(n, total, ref, label)).toBe(name),
  );

  it('names the folder by its dates', () => {
    expect(postFolderName('2026-12-03', '2026-12-03')).toBe('Post 2026-12-03');
    expect(postFolderName('2026-12-01', '2026-12-03')).toBe('Post 2026-12-01 to 2026-12-03');
  });
});

describe('the manifest', () => {
  const letter = {
    number: 1,
    reference: 'RD-26-K7-0001',
    addresseeName: 'Joan Okafor',
    letter: 'Stage 1 response',
    issuedOn: '2026-12-03',
    copyTo: null,
    fileName: '0001 RD-26-K7-0001 Stage 1 response.docx',
  };

  it('fills five address columns and folds any more lines into the last', () => {
    const [, short] = manifestLines([{ ...letter, addressLines: ['1 Mill Lane', 'LS1 4AB'] }]);
    expect(short!.slice(3, 9)).toEqual(['1 Mill Lane', '', '', '', '', 'LS1 4AB']);
    const [, long] = manifestLines([
      { ...letter, addressLines: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'LS1 4AB'] },
    ]);
    expect(long!.slice(3, 9)).toEqual(['a', 'b', 'c', 'd', 'e, f, g', 'LS1 4AB']);
    expect(long).toHaveLength(manifestLines([])[0]!.length);
  });
});
